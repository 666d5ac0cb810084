using System.Globalization;
using IndicatorHub.Core.Csv;

namespace IndicatorHub.Core.Sdg;

/// <summary>
/// Reads and writes indicator → SDG mapping CSV files:
/// <c>indicator,goal,target,primary,source</c> plus the optional columns <c>mapped_at</c>, <c>higher_is_better</c>,
/// <c>target_value</c>, <c>target_year</c>, <c>base_year</c>, <c>limit</c> and <c>note</c>.
/// RFC 4180, UTF-8, invariant culture; <see cref="Write"/> output read back by <see cref="Read"/> gives equal mappings.
/// </summary>
public static class SdgMappingCsv
{
    /// <summary>Indicator id column (required).</summary>
    public const string IndicatorColumn = "indicator";

    /// <summary>Goal number column (required).</summary>
    public const string GoalColumn = "goal";

    /// <summary>Target id column (required; empty for a goal-level mapping).</summary>
    public const string TargetColumn = "target";

    /// <summary>Primary flag column (required; true/false, 1/0 also accepted).</summary>
    public const string PrimaryColumn = "primary";

    /// <summary>Source column (required; curated, kolada, analyst or suggestion).</summary>
    public const string SourceColumn = "source";

    /// <summary>ISO 8601 timestamp with offset (optional).</summary>
    public const string MappedAtColumn = "mapped_at";

    /// <summary>Desired direction (optional; primary row only).</summary>
    public const string HigherIsBetterColumn = "higher_is_better";

    /// <summary>Quantitative target value (optional; primary row only).</summary>
    public const string TargetValueColumn = "target_value";

    /// <summary>Target year (optional, default 2030; primary row only).</summary>
    public const string TargetYearColumn = "target_year";

    /// <summary>Base year (optional, default 2015; primary row only).</summary>
    public const string BaseYearColumn = "base_year";

    /// <summary>Natural limit (optional; primary row only).</summary>
    public const string LimitColumn = "limit";

    /// <summary>Free-text reason for the mapping (optional).</summary>
    public const string NoteColumn = "note";

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    private static readonly string[] RequiredColumns = [IndicatorColumn, GoalColumn, TargetColumn, PrimaryColumn, SourceColumn];

    /// <summary>Column order used by <see cref="Write"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        IndicatorColumn, GoalColumn, TargetColumn, PrimaryColumn, SourceColumn, MappedAtColumn,
        HigherIsBetterColumn, TargetValueColumn, TargetYearColumn, BaseYearColumn, LimitColumn, NoteColumn,
    ];

    /// <summary>
    /// Reads and validates a mapping file. Returns every error (line, column, reason) and no mappings when there is
    /// any error, so an import is all or nothing.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="knownIndicators">Indicator ids that exist (e.g. from the KPI metadata); null skips the check.</param>
    /// <param name="catalogue">Catalogue to check goals and targets against; null uses the embedded one.</param>
    public static SdgMappingReadResult Read(TextReader reader, IReadOnlySet<string>? knownIndicators, SdgCatalogue? catalogue = null)
    {
        catalogue ??= SdgCatalogue.Load();
        var errors = new List<SdgMappingError>();
        List<CsvRecord> records;
        try
        {
            records = CsvRecordReader.Read(reader).ToList();
        }
        catch (CsvSyntaxException e)
        {
            return Failed([new SdgMappingError(e.Line, null, e.Message)]);
        }

        if (records.Count == 0)
        {
            return Failed([new SdgMappingError(1, null, "the file is empty; expected a header row")]);
        }

        var columns = ReadHeader(records[0], errors);
        if (errors.Count > 0)
        {
            return Failed(errors);
        }

        var rows = new List<(int Line, SdgMapping Mapping)>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != records[0].Fields.Count)
            {
                errors.Add(new SdgMappingError(record.Line, null, string.Create(CultureInfo.InvariantCulture, $"the row has {record.Fields.Count} fields but the header has {records[0].Fields.Count}")));
                continue;
            }

            var mapping = ParseRow(record, columns, errors);
            if (mapping is not null)
            {
                errors.AddRange(SdgMappingValidator.ValidateRow(mapping, record.Line, catalogue, knownIndicators));
                rows.Add((record.Line, mapping));
            }
        }

        errors.AddRange(SdgMappingValidator.ValidateSet(rows));
        return errors.Count > 0 ? Failed(errors) : new SdgMappingReadResult(rows.Select(r => r.Mapping).ToList(), []);
    }

    /// <summary>
    /// Writes the header and one row per mapping in the given order, all columns always present, through
    /// <see cref="CsvOutputWriter"/> (text cells neutralised against formulas; <see cref="Read"/> restores them).
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<SdgMapping> mappings)
    {
        var csv = new CsvOutputWriter(writer);
        csv.WriteHeader(Columns);
        foreach (var m in mappings)
        {
            var p = m.Progress;
            csv.Text(m.IndicatorId)
                .Integer(m.Goal)
                .Text(m.TargetId)
                .Boolean(m.IsPrimary)
                .Text(m.Source.ToName())
                .Text(m.MappedAt?.ToString(TimestampFormat, CultureInfo.InvariantCulture))
                .Boolean(p?.HigherIsBetter)
                .Number(p?.TargetValue)
                .Integer(p?.TargetYear)
                .Integer(p?.BaseYear)
                .Number(p?.Limit)
                .Text(m.Note)
                .EndRow();
        }
    }

    private static SdgMappingReadResult Failed(List<SdgMappingError> errors) =>
        new([], errors.OrderBy(e => e.Line).ToList());

    private static Dictionary<string, int> ReadHeader(CsvRecord header, List<SdgMappingError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (i == 0)
            {
                name = name.TrimStart('\uFEFF');
            }

            if (!Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new SdgMappingError(header.Line, name, $"unknown column '{name}'; expected {string.Join(", ", Columns)}"));
            }
            else if (!columns.TryAdd(name, i))
            {
                errors.Add(new SdgMappingError(header.Line, name, $"column '{name}' appears twice"));
            }
        }

        foreach (var required in RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new SdgMappingError(header.Line, required, $"required column '{required}' is missing"));
        }

        return columns;
    }

    private static SdgMapping? ParseRow(CsvRecord record, Dictionary<string, int> columns, List<SdgMappingError> errors)
    {
        var line = record.Line;
        var before = errors.Count;
        // Cells come back as Write neutralised them; Restore takes off the one apostrophe before a formula trigger.
        string Cell(string column) => columns.TryGetValue(column, out var i) ? CsvOutputWriter.Restore(record.Fields[i]) : "";

        var indicator = Cell(IndicatorColumn).Trim();
        void Error(string column, string reason) => errors.Add(new SdgMappingError(line, column, reason, indicator.Length > 0 ? indicator : null));

        if (indicator.Length == 0)
        {
            Error(IndicatorColumn, "indicator id is empty");
        }

        var goalText = Cell(GoalColumn).Trim();
        if (!int.TryParse(goalText, NumberStyles.None, CultureInfo.InvariantCulture, out var goal))
        {
            Error(GoalColumn, $"'{goalText}' is not a goal number");
        }

        var targetText = Cell(TargetColumn).Trim();
        var target = targetText.Length == 0 ? null : SdgCatalogue.NormaliseTargetId(targetText);
        var primary = ParseBool(Cell(PrimaryColumn), PrimaryColumn, required: true, Error);

        var sourceText = Cell(SourceColumn);
        if (!SdgMappingSourceNames.TryParse(sourceText, out var source))
        {
            Error(SourceColumn, $"'{sourceText.Trim()}' is not a source; use curated, kolada, analyst or suggestion");
        }

        DateTimeOffset? mappedAt = null;
        var mappedAtText = Cell(MappedAtColumn).Trim();
        if (mappedAtText.Length > 0)
        {
            if (DateTimeOffset.TryParse(mappedAtText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                mappedAt = parsed;
            }
            else
            {
                Error(MappedAtColumn, $"'{mappedAtText}' is not an ISO 8601 date and time");
            }
        }

        var progress = new SdgProgressSettings
        {
            HigherIsBetter = ParseBool(Cell(HigherIsBetterColumn), HigherIsBetterColumn, required: false, Error),
            TargetValue = ParseNumber(Cell(TargetValueColumn), TargetValueColumn, Error),
            TargetYear = ParseYear(Cell(TargetYearColumn), TargetYearColumn, Error),
            BaseYear = ParseYear(Cell(BaseYearColumn), BaseYearColumn, Error),
            Limit = ParseNumber(Cell(LimitColumn), LimitColumn, Error),
        };

        var note = Cell(NoteColumn);
        if (errors.Count > before)
        {
            return null;
        }

        return new SdgMapping(indicator, goal, target, primary ?? false, source, mappedAt, note.Length == 0 ? null : note, progress.IsEmpty ? null : progress);
    }

    private static bool? ParseBool(string text, string column, bool required, Action<string, string> error)
    {
        var value = text.Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                error(column, "is empty; use true or false");
            }

            return null;
        }

        if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1")
        {
            return true;
        }

        if (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0")
        {
            return false;
        }

        error(column, $"'{value}' is not a boolean; use true or false");
        return null;
    }

    private static double? ParseNumber(string text, string column, Action<string, string> error)
    {
        var value = text.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        error(column, $"'{value}' is not a number (use a dot as decimal separator)");
        return null;
    }

    private static int? ParseYear(string text, string column, Action<string, string> error)
    {
        var value = text.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            return year;
        }

        error(column, $"'{value}' is not a year between 1900 and 2100");
        return null;
    }

}
