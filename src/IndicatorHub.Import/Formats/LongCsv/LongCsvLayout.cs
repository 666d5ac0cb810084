namespace IndicatorHub.Import.Formats.LongCsv;

/// <summary>Where each canonical column sits in one file's header (-1 when absent), and the header names.</summary>
internal sealed class LongCsvLayout
{
    private LongCsvLayout(string[] headers) => Headers = headers;

    public string[] Headers { get; }

    public int Indicator { get; private init; } = -1;

    public int Area { get; private init; } = -1;

    public int Period { get; private init; } = -1;

    public int Dimension { get; private init; } = -1;

    public int Subgroup { get; private init; } = -1;

    public int Value { get; private init; } = -1;

    public int Status { get; private init; } = -1;

    public int StandardError { get; private init; } = -1;

    public int LowerLimit { get; private init; } = -1;

    public int UpperLimit { get; private init; } = -1;

    public int Population { get; private init; } = -1;

    /// <summary>
    /// Finds the columns. Header names match case-insensitively after trimming; <paramref name="mapping"/> maps a
    /// canonical name to the file's header. Returns null with <paramref name="errors"/> when a required column
    /// is missing or a column appears twice.
    /// </summary>
    public static LongCsvLayout? Resolve(string[] headers, IReadOnlyDictionary<string, string>? mapping, List<string> errors)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Length; i++)
        {
            if (headers[i].Length > 0 && !index.TryAdd(headers[i], i))
            {
                errors.Add($"the header names '{headers[i]}' twice (columns {index[headers[i]] + 1} and {i + 1}); rename one");
            }
        }

        int Find(string canonical)
        {
            var name = canonical;
            if (mapping is not null)
            {
                foreach (var (key, value) in mapping)
                {
                    if (string.Equals(key.Trim(), canonical, StringComparison.OrdinalIgnoreCase))
                    {
                        name = value.Trim();
                        break;
                    }
                }
            }

            return index.TryGetValue(name, out var at) ? at : -1;
        }

        string Describe(string canonical)
        {
            var mapped = mapping?.FirstOrDefault(m => string.Equals(m.Key.Trim(), canonical, StringComparison.OrdinalIgnoreCase)).Value;
            return mapped is null ? $"'{canonical}'" : $"'{mapped}' (mapped to {canonical})";
        }

        var layout = new LongCsvLayout(headers)
        {
            Indicator = Find(LongCsvColumns.Indicator),
            Area = Find(LongCsvColumns.Area),
            Period = Find(LongCsvColumns.Period),
            Dimension = Find(LongCsvColumns.Dimension),
            Subgroup = Find(LongCsvColumns.Subgroup),
            Value = Find(LongCsvColumns.Value),
            Status = Find(LongCsvColumns.Status),
            StandardError = Find(LongCsvColumns.StandardError),
            LowerLimit = Find(LongCsvColumns.LowerLimit),
            UpperLimit = Find(LongCsvColumns.UpperLimit),
            Population = Find(LongCsvColumns.Population),
        };

        var missing = new List<string>();
        if (layout.Indicator < 0)
        {
            missing.Add(Describe(LongCsvColumns.Indicator));
        }

        if (layout.Area < 0)
        {
            missing.Add(Describe(LongCsvColumns.Area));
        }

        if (layout.Period < 0)
        {
            missing.Add(Describe(LongCsvColumns.Period));
        }

        // Dimension and subgroup go together: a file with neither holds totals, a file with one of them is broken.
        if (layout.Dimension < 0 && layout.Subgroup >= 0)
        {
            missing.Add(Describe(LongCsvColumns.Dimension));
        }

        if (layout.Subgroup < 0 && layout.Dimension >= 0)
        {
            missing.Add(Describe(LongCsvColumns.Subgroup));
        }

        if (layout.Value < 0)
        {
            missing.Add(Describe(LongCsvColumns.Value));
        }

        if (missing.Count > 0)
        {
            errors.Add($"the header has no column {string.Join(", ", missing)}; found {string.Join(", ", headers.Select(h => $"'{h}'"))}");
        }

        return errors.Count == 0 ? layout : null;
    }
}
