using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// Which columns of an SCB CSV hold what, decided from the header alone. PxWeb's CSV serializers write the stub
/// variables' names first and then one column per combination of the heading variables' values joined with a
/// space ("2019", "Folkmängd 2019") — the wide layout — or, with every variable in the stub (Csv2/Csv3), one
/// value column headed by the table's contents text or table id — the long layout.
/// </summary>
internal sealed class ScbCsvLayout
{
    private ScbCsvLayout(IReadOnlyList<string> header)
    {
        Header = header;
    }

    /// <summary>The header fields as written.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The region column.</summary>
    public int RegionColumn { get; private set; } = -1;

    /// <summary>The time column (long layout, or wide with contents in the heading), or -1.</summary>
    public int TimeColumn { get; private set; } = -1;

    /// <summary>The contents column (tabellinnehåll in the stub), or -1.</summary>
    public int ContentsColumn { get; private set; } = -1;

    /// <summary>The other stub columns: breakdowns such as kön or ålder.</summary>
    public IReadOnlyList<int> BreakdownColumns { get; private set; } = [];

    /// <summary>The value columns.</summary>
    public IReadOnlyList<ScbCsvValueColumn> ValueColumns { get; private set; } = [];

    /// <summary>A table id from a Csv3 value heading ("TAB638"), or null.</summary>
    public string? TableId { get; private set; }

    /// <summary>Works out the layout, or explains in <paramref name="problem"/> why the header is not an SCB CSV header.</summary>
    public static ScbCsvLayout? Analyse(IReadOnlyList<string> header, long line, out ParseProblem? problem)
    {
        problem = null;
        var layout = new ScbCsvLayout(header);
        var shown = string.Join(", ", header.Take(6).Select(h => $"'{h}'"));
        var roles = header.Select(h => ScbVocabulary.Classify(h, h)).ToList();
        layout.RegionColumn = roles.IndexOf(ScbVariableRole.Region);
        if (layout.RegionColumn < 0)
        {
            var reason = header.Count > 0 && ScbAreaCell.ToArea(header[0]) != header[0].Trim()
                ? $"the first row ({shown}) looks like data, not a header; an SCB CSV export starts with a header such as \"region\",\"kön\",\"2019\""
                : $"the header ({shown}) has no region column; expected one named region (or kommun, län)";
            problem = new ParseProblem(new SourcePosition(line, 1), reason, Fatal: true);
            return null;
        }

        // Wide: the first heading that names a period starts the values. Long: the values follow the last of the
        // time and contents columns (PxWeb appends the heading variables, time among them, after the stub).
        var firstValue = Enumerable.Range(1, Math.Max(0, header.Count - 1))
            .FirstOrDefault(i => roles[i] == ScbVariableRole.Breakdown && ScbCsvHead.SplitHeading(header[i]) is not null, -1);
        var wide = firstValue >= 0;
        if (!wide)
        {
            var time = roles.IndexOf(ScbVariableRole.Time);
            if (time < 0)
            {
                problem = new ParseProblem(new SourcePosition(line, 1), $"the header ({shown}) has neither year columns (such as \"2019\") nor a time column (år, månad or Tid)", Fatal: true);
                return null;
            }

            firstValue = Math.Max(Math.Max(time, roles.IndexOf(ScbVariableRole.Contents)), layout.RegionColumn) + 1;
            if (firstValue >= header.Count)
            {
                problem = new ParseProblem(new SourcePosition(line, header.Count, header[^1]), $"the last column '{header[^1]}' is the region, time or contents column, so no column is left for the values", Fatal: true);
                return null;
            }
        }

        var breakdowns = new List<int>();
        for (var i = 0; i < firstValue; i++)
        {
            if (i == layout.RegionColumn)
            {
                continue;
            }

            if (roles[i] == ScbVariableRole.Time && layout.TimeColumn < 0)
            {
                layout.TimeColumn = i;
            }
            else if (roles[i] == ScbVariableRole.Contents && layout.ContentsColumn < 0)
            {
                layout.ContentsColumn = i;
            }
            else
            {
                breakdowns.Add(i);
            }
        }

        layout.BreakdownColumns = breakdowns;
        var values = new List<ScbCsvValueColumn>();
        for (var i = firstValue; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var split = wide ? ScbCsvHead.SplitHeading(name) : null;
            if (split is null)
            {
                if (layout.TimeColumn < 0)
                {
                    problem = new ParseProblem(new SourcePosition(line, i + 1, header[i]), $"column {i + 1} '{header[i]}' comes after the year columns but names no year", Fatal: true);
                    return null;
                }

                // Csv3 heads its one value column with the table id ("TAB638") and gives contents per row.
                if (!wide && header.Count - firstValue == 1 && name.Length > 3 && name.StartsWith("TAB", StringComparison.OrdinalIgnoreCase) && name[3..].All(char.IsAsciiDigit))
                {
                    layout.TableId = name;
                    name = string.Empty;
                }

                var content = layout.ContentsColumn >= 0 || name.Length == 0 ? null : name;
                values.Add(new ScbCsvValueColumn(i, header[i], null, content, null));
                continue;
            }

            var (period, rest) = split.Value;
            var isSex = rest.Length > 0 && ScbVocabulary.SexSubgroup(null, rest) is not null;
            values.Add(new ScbCsvValueColumn(
                i,
                header[i],
                period,
                isSex || rest.Length == 0 ? null : rest,
                isSex ? ScbBreakdownPart.Create("kön", "kön", null, rest) : null));
        }

        layout.ValueColumns = values;
        return layout;
    }
}
