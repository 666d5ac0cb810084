namespace IndicatorHub.Bench;

/// <summary>
/// Adds a result row to bench/RESULTS.md under its own benchmark's table, wherever that table stands in the file,
/// so that every benchmark keeps one table however often each runs.
/// </summary>
internal static class ResultsFile
{
    /// <summary>
    /// Inserts <paramref name="row"/> after the last row of the table whose header line is
    /// <paramref name="tableHeader"/>; when the file has no such table, appends <paramref name="section"/> (which
    /// ends with that header and its separator line) and then the row.
    /// </summary>
    internal static void AppendRow(string path, string tableHeader, string section, string row)
    {
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [];
        var header = lines.FindIndex(l => l == tableHeader);
        if (header < 0)
        {
            File.AppendAllText(path, Environment.NewLine + section.TrimEnd() + Environment.NewLine + row + Environment.NewLine);
            return;
        }

        var end = header + 1;
        while (end < lines.Count && lines[end].StartsWith('|'))
        {
            end++;
        }

        lines.Insert(end, row);
        File.WriteAllLines(path, lines);
    }
}
