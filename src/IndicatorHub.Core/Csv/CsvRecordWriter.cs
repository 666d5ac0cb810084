namespace IndicatorHub.Core.Csv;

/// <summary>RFC 4180 writer counterpart of <see cref="CsvRecordReader"/>; LF line ends to match the repository files.</summary>
internal static class CsvRecordWriter
{
    /// <summary>Writes one record, quoting only the fields that need it so files stay diff-friendly.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var value in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            writer.Write(NeedsQuotes(value) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value);
        }

        writer.Write('\n');
    }

    private static bool NeedsQuotes(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0
        || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
}
