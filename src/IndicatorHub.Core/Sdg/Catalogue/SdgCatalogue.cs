using System.Globalization;
using System.Text.RegularExpressions;
using IndicatorHub.Core.Csv;

namespace IndicatorHub.Core.Sdg;

/// <summary>
/// The 17 goals and 169 targets with English UN texts, Swedish names and official colours.
/// Immutable and thread-safe; <see cref="Load()"/> reads the embedded data/sdg files once and caches them.
/// </summary>
public sealed partial class SdgCatalogue
{
    private static readonly Lazy<SdgCatalogue> Embedded = new(LoadEmbedded);

    private readonly Dictionary<int, SdgGoal> _goals;
    private readonly Dictionary<string, SdgTarget> _targets;
    private readonly Dictionary<int, IReadOnlyList<SdgTarget>> _targetsByGoal;

    private SdgCatalogue(IReadOnlyList<SdgGoal> goals, IReadOnlyList<SdgTarget> targets)
    {
        Goals = goals;
        Targets = targets;
        _goals = goals.ToDictionary(g => g.Number);
        _targets = targets.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _targetsByGoal = targets.GroupBy(t => t.Goal).ToDictionary(g => g.Key, g => (IReadOnlyList<SdgTarget>)g.ToArray());
    }

    /// <summary>Goals 1 to 17 in order.</summary>
    public IReadOnlyList<SdgGoal> Goals { get; }

    /// <summary>All targets in UN order (goal, then numbered targets, then lettered ones).</summary>
    public IReadOnlyList<SdgTarget> Targets { get; }

    /// <summary>The catalogue embedded in IndicatorHub.Core (data/sdg/goals.csv and targets.csv).</summary>
    public static SdgCatalogue Load() => Embedded.Value;

    /// <summary>Builds a catalogue from goals.csv and targets.csv text (for tests or an updated snapshot).</summary>
    /// <exception cref="InvalidDataException">A row is malformed or refers to an unknown goal.</exception>
    public static SdgCatalogue Load(TextReader goalsCsv, TextReader targetsCsv)
    {
        var goals = ReadGoals(goalsCsv);
        var targets = ReadTargets(targetsCsv, goals.Select(g => g.Number).ToHashSet());
        return new SdgCatalogue(goals, targets);
    }

    /// <summary>The goal with this number.</summary>
    /// <exception cref="KeyNotFoundException">Not 1 to 17.</exception>
    public SdgGoal Goal(int number) =>
        _goals.TryGetValue(number, out var goal) ? goal : throw new KeyNotFoundException($"There is no SDG goal {number}.");

    /// <summary>The target with this id, e.g. "3.4" or "3.d" (letters are case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such target.</exception>
    public SdgTarget Target(string id) =>
        TryGetTarget(id, out var target) ? target : throw new KeyNotFoundException($"There is no SDG target '{id}'.");

    /// <summary>Looks up a target without throwing.</summary>
    public bool TryGetTarget(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdgTarget? target)
    {
        target = null;
        return id is not null && _targets.TryGetValue(NormaliseTargetId(id), out target);
    }

    /// <summary>True for goals 1 to 17.</summary>
    public bool ContainsGoal(int number) => _goals.ContainsKey(number);

    /// <summary>The targets of one goal in UN order; empty for an unknown goal.</summary>
    public IReadOnlyList<SdgTarget> TargetsOf(int goal) =>
        _targetsByGoal.TryGetValue(goal, out var targets) ? targets : [];

    /// <summary>Canonical form of a target id: trimmed, letter part lower-case ("3.D" → "3.d").</summary>
    public static string NormaliseTargetId(string id) => id.Trim().ToLowerInvariant();

    private static SdgCatalogue LoadEmbedded()
    {
        using var goals = SdgEmbeddedData.OpenText("goals.csv");
        using var targets = SdgEmbeddedData.OpenText("targets.csv");
        return Load(goals, targets);
    }

    private static List<SdgGoal> ReadGoals(TextReader csv)
    {
        var rows = ReadTable(csv, "goals.csv", ["goal", "colour", "short_en", "title_en", "short_sv", "short_sv_globalamalen", "title_sv"]);
        var goals = new List<SdgGoal>();
        foreach (var (line, get) in rows)
        {
            if (!int.TryParse(get("goal"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 17)
            {
                throw new InvalidDataException($"goals.csv line {line}: '{get("goal")}' is not a goal number 1-17.");
            }

            SdgRgbColour colour;
            try
            {
                colour = SdgRgbColour.Parse(get("colour"));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"goals.csv line {line}: {e.Message}", e);
            }

            goals.Add(new SdgGoal(
                number,
                Required(get, "title_en", line),
                Required(get, "short_en", line),
                NullIfEmpty(get("title_sv")),
                NullIfEmpty(get("short_sv")),
                NullIfEmpty(get("short_sv_globalamalen")),
                SdgGoalColour.For(colour)));
        }

        goals.Sort((a, b) => a.Number.CompareTo(b.Number));
        if (goals.Count != 17 || goals.Select(g => g.Number).Distinct().Count() != 17)
        {
            throw new InvalidDataException($"goals.csv must hold goals 1-17 exactly once; it holds {goals.Count} rows.");
        }

        return goals;
    }

    private static List<SdgTarget> ReadTargets(TextReader csv, HashSet<int> goalNumbers)
    {
        var rows = ReadTable(csv, "targets.csv", ["target", "goal", "text_en", "heading_sv"]);
        var targets = new List<(string Id, int Goal, string Text, string? Heading)>();
        foreach (var (line, get) in rows)
        {
            var id = NormaliseTargetId(get("target"));
            var match = TargetIdPattern().Match(id);
            if (!match.Success)
            {
                throw new InvalidDataException($"targets.csv line {line}: '{id}' is not a target id like 3.4 or 3.d.");
            }

            var goal = int.Parse(match.Groups["goal"].ValueSpan, CultureInfo.InvariantCulture);
            if (get("goal") != goal.ToString(CultureInfo.InvariantCulture) || !goalNumbers.Contains(goal))
            {
                throw new InvalidDataException($"targets.csv line {line}: target {id} does not belong to goal '{get("goal")}'.");
            }

            targets.Add((id, goal, Required(get, "text_en", line), NullIfEmpty(get("heading_sv"))));
        }

        if (targets.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() != targets.Count)
        {
            throw new InvalidDataException("targets.csv lists a target twice.");
        }

        return targets
            .OrderBy(t => t.Goal)
            .ThenBy(t => char.IsAsciiDigit(t.Id[^1]) ? 0 : 1)
            .ThenBy(t => t.Id.Length)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select((t, i) => new SdgTarget(t.Id, t.Goal, t.Text, t.Heading, i))
            .ToList();
    }

    private static List<(int Line, Func<string, string> Get)> ReadTable(TextReader csv, string name, string[] columns)
    {
        List<CsvRecord> records;
        try
        {
            records = CsvRecordReader.Read(csv).ToList();
        }
        catch (CsvSyntaxException e)
        {
            throw new InvalidDataException($"{name} line {e.Line}: {e.Message}", e);
        }

        if (records.Count == 0)
        {
            throw new InvalidDataException($"{name} is empty.");
        }

        var header = records[0].Fields;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            index[header[i].Trim()] = i;
        }

        var missing = columns.Where(c => !index.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{name} lacks column(s) {string.Join(", ", missing)}.");
        }

        var rows = new List<(int, Func<string, string>)>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                throw new InvalidDataException($"{name} line {record.Line}: {record.Fields.Count} fields, the header has {header.Count}.");
            }

            var fields = record.Fields;
            rows.Add((record.Line, column => fields[index[column]].Trim()));
        }

        return rows;
    }

    private static string Required(Func<string, string> get, string column, int line)
    {
        var value = get(column);
        return value.Length > 0 ? value : throw new InvalidDataException($"line {line}: column {column} is empty.");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex("^(?<goal>[1-9][0-9]?)\\.(?:[1-9][0-9]?|[a-z])$", RegexOptions.CultureInvariant)]
    private static partial Regex TargetIdPattern();
}
