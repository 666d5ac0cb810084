using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Storage.Queries.Profiles;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Compare;

/// <summary>An area compared on /compare: its database id, codes, name and kind.</summary>
/// <param name="Key">Database id (observations.area_id).</param>
public sealed record CompareArea(long Key, string Code, string Name, AreaKind Kind);

/// <summary>One value of the comparison matrix: an indicator in an area for the matrix's period of that indicator.</summary>
public sealed record CompareCell(long IndicatorKey, long AreaKey, StoredValue Value);

/// <summary>The matrix's values: per indicator the period shown, every member's and riket's value, and populations.</summary>
/// <param name="PeriodByIndicator">The period of each indicator: the one asked for, else the latest any member has.</param>
/// <param name="Cells">Members' and riket's values at those periods.</param>
/// <param name="Populations">Kolada N01951 (population) per (area key, period) for the members at those periods, where stored.</param>
public sealed record CompareValues(
    IReadOnlyDictionary<long, string> PeriodByIndicator,
    IReadOnlyList<CompareCell> Cells,
    IReadOnlyDictionary<(long AreaKey, string Period), double> Populations);

/// <summary>A value of a series on /compare's trend charts.</summary>
public sealed record CompareSeriesPoint(long IndicatorKey, long AreaKey, StoredValue Value);

/// <summary>
/// The reads behind /compare: the areas by code, the matrix's values (three statements whatever the numbers of
/// members and indicators) and the members' series for the trend charts. Every statement goes through the
/// observations primary key (indicator_id, area_id, period, …).
/// </summary>
public static class CompareQueries
{
    /// <summary>Kolada's population KPI, the weight of a network's own value.</summary>
    public const string PopulationIndicator = "N01951";

    /// <summary>The areas with SCB codes <paramref name="codes"/>, in the order of <paramref name="codes"/>; unknown codes are left out.</summary>
    public static IReadOnlyList<CompareArea> Areas(SqliteConnection connection, IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
        {
            return [];
        }

        var found = connection.Query<(long Key, string Code, string Name, string Kind)>(
                "SELECT id, code, name, kind FROM areas WHERE code IN @Codes", new { Codes = codes.Distinct().ToArray() })
            .ToDictionary(r => r.Code, r => new CompareArea(r.Key, r.Code, r.Name, AreaKinds.FromText(r.Kind)), StringComparer.Ordinal);
        return codes.Distinct().Where(found.ContainsKey).Select(c => found[c]).ToList();
    }

    /// <summary>
    /// The areas that <paramref name="codesOrNames"/> name (SCB or Kolada codes, names; any alias the store keeps), in
    /// one statement, by the text as given; texts that name no area are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, CompareArea> AreasByAlias(SqliteConnection connection, IReadOnlyCollection<string> codesOrNames)
    {
        ArgumentNullException.ThrowIfNull(codesOrNames);
        if (codesOrNames.Count == 0)
        {
            return new Dictionary<string, CompareArea>();
        }

        var found = connection.Query<(string Alias, long Key, string Code, string Name, string Kind)>(
                "SELECT x.alias, a.id, a.code, a.name, a.kind FROM area_aliases x JOIN areas a ON a.id = x.area_id WHERE x.alias IN @Aliases",
                new { Aliases = codesOrNames.Select(AreaKinds.AliasKey).Distinct().ToArray() })
            .ToDictionary(r => r.Alias, r => new CompareArea(r.Key, r.Code, r.Name, AreaKinds.FromText(r.Kind)), StringComparer.Ordinal);
        var result = new Dictionary<string, CompareArea>(StringComparer.Ordinal);
        foreach (var text in codesOrNames)
        {
            if (found.TryGetValue(AreaKinds.AliasKey(text), out var area))
            {
                result[text] = area;
            }
        }

        return result;
    }

    /// <summary>The database ids of the indicators with codes <paramref name="codes"/> (any case), by code as given; unknown codes are left out.</summary>
    public static IReadOnlyDictionary<string, long> IndicatorKeys(SqliteConnection connection, IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        var found = connection.Query<(long Key, string Code)>(
                "SELECT id, code FROM indicators WHERE UPPER(code) IN @Codes", new { Codes = codes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToArray() })
            .ToLookup(r => r.Code.ToUpperInvariant(), r => r.Key);
        var result = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
        {
            if (found[code.Trim().ToUpperInvariant()].FirstOrDefault() is var key and > 0)
            {
                result[code] = key;
            }
        }

        return result;
    }

    /// <summary>The database ids of the stored indicators whose primary SDG link is goal <paramref name="goal"/>, by code.</summary>
    public static IReadOnlyList<long> GoalIndicatorKeys(SqliteConnection connection, int goal) =>
        connection.Query<long>(
                """
                SELECT i.id FROM sdg_mappings m JOIN indicators i ON i.code = m.indicator_code
                WHERE m.goal = @Goal AND m.is_primary = 1
                ORDER BY i.code
                """,
                new { Goal = goal })
            .ToList();

    /// <summary>The database ids of every stored indicator with a primary SDG link.</summary>
    public static IReadOnlyList<long> MappedIndicatorKeys(SqliteConnection connection) =>
        connection.Query<long>(
                "SELECT i.id FROM sdg_mappings m JOIN indicators i ON i.code = m.indicator_code WHERE m.is_primary = 1 ORDER BY i.code")
            .ToList();

    /// <summary>Riket.</summary>
    public static CompareArea? Country(SqliteConnection connection) =>
        connection.Query<(long Key, string Code, string Name)>("SELECT id, code, name FROM areas WHERE kind = 'country'")
            .Select(r => new CompareArea(r.Key, r.Code, r.Name, AreaKind.Country))
            .FirstOrDefault();

    /// <summary>
    /// The matrix's values for <paramref name="members"/> and riket: for each indicator the period
    /// <paramref name="period"/>, or when null the latest period in which any member has a value.
    /// </summary>
    public static CompareValues Values(
        SqliteConnection connection, IReadOnlyCollection<long> members, long? countryKey, IReadOnlyCollection<long> indicatorKeys, string? period)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(indicatorKeys);
        if (members.Count == 0 || indicatorKeys.Count == 0)
        {
            return new CompareValues(new Dictionary<long, string>(), [], new Dictionary<(long, string), double>());
        }

        var periods = period is not null
            ? indicatorKeys.ToDictionary(k => k, _ => period)
            : connection.Query<(long Indicator, string Period)>(
                    """
                    SELECT o.indicator_id, MAX(o.period) FROM observations o
                    WHERE o.indicator_id IN @Indicators AND o.area_id IN @Members
                      AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
                    GROUP BY o.indicator_id
                    """,
                    new { Indicators = indicatorKeys.ToArray(), Members = members.ToArray() })
                .ToDictionary(r => r.Indicator, r => r.Period);

        var areas = members.Append(countryKey ?? -1).Distinct().ToArray();
        var cells = new List<CompareCell>();
        foreach (var byPeriod in periods.GroupBy(p => p.Value, StringComparer.Ordinal))
        {
            cells.AddRange(connection.Query<Row>(
                    """
                    SELECT o.indicator_id AS IndicatorKey, o.area_id AS AreaKey, o.period AS Period, o.value AS Value,
                           o.ci_lb AS Lower, o.ci_ub AS Upper, o.se AS Se, o.batch_id AS Batch
                    FROM observations o
                    WHERE o.indicator_id IN @Indicators AND o.area_id IN @Areas AND o.period = @Period
                      AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
                    """,
                    new { Indicators = byPeriod.Select(p => p.Key).ToArray(), Areas = areas, Period = byPeriod.Key })
                .Select(r => new CompareCell(r.IndicatorKey, r.AreaKey, r.ToValue())));
        }

        var populations = connection.Query<(long Area, string Period, double Value)>(
                """
                SELECT o.area_id, o.period, o.value FROM observations o
                WHERE o.indicator_id = (SELECT id FROM indicators WHERE code = @Population)
                  AND o.area_id IN @Members AND o.period IN @Periods
                  AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
                """,
                new { Population = PopulationIndicator, Members = members.ToArray(), Periods = periods.Values.Distinct().ToArray() })
            .ToDictionary(r => (r.Area, r.Period), r => r.Value);
        return new CompareValues(periods, cells, populations);
    }

    /// <summary>Every total value of <paramref name="indicatorKeys"/> in <paramref name="areaKeys"/>, oldest first.</summary>
    public static IReadOnlyList<CompareSeriesPoint> Series(SqliteConnection connection, IReadOnlyCollection<long> indicatorKeys, IReadOnlyCollection<long> areaKeys)
    {
        ArgumentNullException.ThrowIfNull(indicatorKeys);
        ArgumentNullException.ThrowIfNull(areaKeys);
        return indicatorKeys.Count == 0 || areaKeys.Count == 0
            ? []
            : connection.Query<Row>(
                    """
                    SELECT o.indicator_id AS IndicatorKey, o.area_id AS AreaKey, o.period AS Period, o.value AS Value,
                           o.ci_lb AS Lower, o.ci_ub AS Upper, o.se AS Se, o.batch_id AS Batch
                    FROM observations o
                    WHERE o.indicator_id IN @Indicators AND o.area_id IN @Areas
                      AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
                    ORDER BY o.period
                    """,
                    new { Indicators = indicatorKeys.ToArray(), Areas = areaKeys.ToArray() })
                .Select(r => new CompareSeriesPoint(r.IndicatorKey, r.AreaKey, r.ToValue()))
                .ToList();
    }

    private sealed class Row
    {
        public long IndicatorKey { get; set; }

        public long AreaKey { get; set; }

        public string Period { get; set; } = "";

        public double Value { get; set; }

        public double? Lower { get; set; }

        public double? Upper { get; set; }

        public double? Se { get; set; }

        public long Batch { get; set; }

        public StoredValue ToValue() => new(Period, Value, Batch, Lower, Upper, Se);
    }
}
