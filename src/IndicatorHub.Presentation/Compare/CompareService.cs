using System.Globalization;
using System.Text.RegularExpressions;
using IndicatorHub.Charts;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Comparison;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Compare;
using IndicatorHub.Storage.Queries.Networks;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Presentation.Compare;

/// <summary>The inequality between a selection's members in one period (non-ordered measures of the store's measure code).</summary>
/// <param name="Cov">Coefficient of variation, percent.</param>
/// <param name="Gini">Gini coefficient.</param>
/// <param name="Ti">Theil index (×1000, as HEAT reports it).</param>
/// <param name="Reason">Why a measure was not computed, when one was not.</param>
public sealed record CompareInequalityRow(string Period, int WithValue, int Members, double? Cov, double? Gini, double? Ti, string? Reason);

/// <summary>
/// /compare's read side: resolves the query string's selection and indicators, builds the members × indicators
/// matrix with each status by the profile's rule (<see cref="BenchmarkComparison"/> with the shared
/// <see cref="SpreadCache"/>), the members' trends as small multiples and the inequality between members.
/// </summary>
public sealed partial class CompareService(ReadConnection read, SpreadCache spreads, IndicatorStore store)
{
    private IReadOnlyList<Area>? _areas;

    /// <summary>The most areas a comparison shows.</summary>
    public const int MaxAreas = 60;

    /// <summary>The most indicators a comparison shows.</summary>
    public const int MaxIndicators = 60;

    /// <summary>The goal shown when neither indicators nor a goal are chosen: 3, good health and well-being.</summary>
    public const int DefaultGoal = 3;

    /// <summary>The measures of inequality between members shown per period.</summary>
    public static IReadOnlyList<string> InequalityMeasureIds { get; } = [InequalityMeasures.Cov, InequalityMeasures.Gini, InequalityMeasures.Ti];

    /// <summary>Every stored network, for the form.</summary>
    public IReadOnlyList<NetworkSummary> Networks() => NetworkListQuery.Run(read.Connection);

    /// <summary>Every kommungrupp (id, title), for the form.</summary>
    public IReadOnlyList<(string Id, string Title)> MunicipalityGroups() =>
        AllAreas()
            .Where(a => a.MunicipalityGroupId is not null)
            .GroupBy(a => a.MunicipalityGroupId!)
            .Select(g => (g.Key, g.First().MunicipalityGroupTitle ?? g.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every county (code, name), for the form.</summary>
    public IReadOnlyList<(string Code, string Name)> Counties() =>
        AllAreas().Where(a => a.Kind == AreaKind.Region).Select(a => (a.Code, a.Name)).ToList();

    /// <summary>Resolves exactly one of network, group (kommungrupp), county and areas.</summary>
    /// <returns>The selection, or the problem and the value that caused it.</returns>
    public (CompareSelection? Selection, CompareProblem Problem, string? Subject) Select(string? network, string? group, string? county, string? areas)
    {
        var given = new[] { network, group, county, areas }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given == 0)
        {
            return (null, CompareProblem.NoSelection, null);
        }

        if (given > 1)
        {
            return (null, CompareProblem.SeveralSelections, null);
        }

        var connection = read.Connection;
        if (!string.IsNullOrWhiteSpace(network))
        {
            var found = network.Length <= 200 ? NetworkQuery.Run(connection, network) : null;
            if (found is null)
            {
                return (null, CompareProblem.UnknownNetwork, network);
            }

            return WithMembers(new CompareSelection(CompareSelectionKind.Network, found.Slug, found.Name, found.IsExample, []), found.MemberCodes);
        }

        if (!string.IsNullOrWhiteSpace(group) || !string.IsNullOrWhiteSpace(county))
        {
            var isGroup = !string.IsNullOrWhiteSpace(group);
            var text = (isGroup ? group : county)!.Trim();
            var problem = isGroup ? CompareProblem.UnknownGroup : CompareProblem.UnknownCounty;
            // Only names and codes: the measures' resolver also opens network CSV files by path, which a web request must not.
            if (text.Length > 100 || text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal) || text.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                return (null, problem, text);
            }

            AreaGroup resolved;
            try
            {
                resolved = IndicatorStore.ResolveAreaGroup(connection, text);
            }
            catch (ArgumentException)
            {
                return (null, problem, text);
            }

            var wanted = isGroup ? AreaGroupKind.MunicipalityGroup : AreaGroupKind.County;
            if (resolved.Kind != wanted)
            {
                return (null, problem, text);
            }

            var key = isGroup
                ? AllAreas().First(a => a.Code == resolved.MemberCodes[0]).MunicipalityGroupId!
                : resolved.SettingAverageArea!;
            var kind = isGroup ? CompareSelectionKind.MunicipalityGroup : CompareSelectionKind.County;
            return WithMembers(new CompareSelection(kind, key, resolved.Name, false, []), resolved.MemberCodes);
        }

        var parts = areas!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > MaxAreas)
        {
            return (null, CompareProblem.TooMany, null);
        }

        var byAlias = CompareQueries.AreasByAlias(connection, parts.Where(p => p.Length <= 100).ToList());
        var codes = new List<string>();
        foreach (var part in parts)
        {
            if (!byAlias.TryGetValue(part, out var area) || area.Kind == AreaKind.Country)
            {
                return (null, CompareProblem.UnknownArea, part);
            }

            codes.Add(area.Code);
        }

        return WithMembers(new CompareSelection(CompareSelectionKind.Areas, string.Join(',', codes.Distinct()), null, false, []), codes);
    }

    /// <summary>The indicators of <paramref name="indicators"/> (comma-separated ids, in that order), else of goal <paramref name="goal"/>, else of the default goal.</summary>
    public (IReadOnlyList<IndicatorInfo> Indicators, CompareProblem Problem, string? Subject) Indicators(string? indicators, string? goal)
    {
        var connection = read.Connection;
        if (!string.IsNullOrWhiteSpace(indicators))
        {
            var codes = indicators.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (codes.Count > MaxIndicators)
            {
                return ([], CompareProblem.TooMany, null);
            }

            var keys = CompareQueries.IndicatorKeys(connection, codes);
            if (codes.FirstOrDefault(c => !keys.ContainsKey(c)) is { } unknown)
            {
                return ([], CompareProblem.UnknownIndicator, unknown);
            }

            var infos = IndicatorInfoQuery.ByKeys(connection, keys.Values.ToList());
            return (codes.Select(c => infos[keys[c]]).ToList(), CompareProblem.None, null);
        }

        var number = DefaultGoal;
        if (!string.IsNullOrWhiteSpace(goal) && (!int.TryParse(goal, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 17))
        {
            return ([], CompareProblem.BadGoal, goal);
        }

        var goalKeys = CompareQueries.GoalIndicatorKeys(connection, number).Take(MaxIndicators).ToList();
        var byKey = IndicatorInfoQuery.ByKeys(connection, goalKeys);
        return (goalKeys.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList(), CompareProblem.None, null);
    }

    /// <summary>True for a period the store writes: a year ("2022") or a span of years ("2019-2022").</summary>
    public static bool IsPeriod(string? period) => period is not null && PeriodPattern().IsMatch(period);

    /// <summary>The matrix for <paramref name="selection"/> and <paramref name="indicators"/> at <paramref name="period"/> (null: each indicator's latest).</summary>
    public CompareMatrix Matrix(CompareSelection selection, IReadOnlyList<IndicatorInfo> indicators, string? period)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(indicators);
        var connection = read.Connection;
        var country = CompareQueries.Country(connection);
        var memberKeys = selection.Members.Select(m => m.Key).ToList();
        var values = CompareQueries.Values(connection, memberKeys, country?.Key, indicators.Select(i => i.Key).ToList(), period);
        var cells = values.Cells.ToDictionary(c => (c.IndicatorKey, c.AreaKey), c => c.Value);

        // Spreads among all municipalities (or regions, for a region) by the profile's shared cache.
        var pairs = values.PeriodByIndicator.Select(p => (p.Key, p.Value)).ToList();
        var version = InputVersionQuery.Latest(connection);
        var spreadByKind = selection.Members.Select(m => m.Kind).Where(k => k is AreaKind.Municipality or AreaKind.Region).Distinct()
            .ToDictionary(k => k, k => spreads.Get(connection, version, k, pairs));

        var columns = new List<CompareColumn>(indicators.Count);
        foreach (var indicator in indicators)
        {
            var columnPeriod = values.PeriodByIndicator.GetValueOrDefault(indicator.Key);
            var countryValue = country is null ? null : cells.GetValueOrDefault((indicator.Key, country.Key));
            var memberValues = selection.Members
                .Select(m => (Member: m, Value: cells.GetValueOrDefault((indicator.Key, m.Key))))
                .Where(p => p.Value is not null)
                .ToList();
            columns.Add(new CompareColumn(indicator, columnPeriod, Aggregate(memberValues, values.Populations), countryValue));
        }

        var rows = selection.Members.Select(member => new CompareRow(member, columns.Select(column =>
        {
            var value = cells.GetValueOrDefault((column.Indicator.Key, member.Key));
            var spread = column.Period is not null && spreadByKind.TryGetValue(member.Kind, out var kindSpreads)
                ? kindSpreads.GetValueOrDefault((column.Indicator.Key, column.Period))?.Spread
                : null;
            var comparison = member.Kind is AreaKind.Municipality or AreaKind.Region
                ? BenchmarkComparison.Compare(
                    value is null ? null : new AreaEstimate(value.Value, value.Lower, value.Upper, value.StandardError),
                    column.Country?.Value, spread, column.Indicator.Direction)
                : new ComparisonResult(ComparisonStatus.NotCompared, ComparisonMethod.None, ComparisonReason.None);
            return new CompareCell(value, comparison, spread);
        }).ToList())).ToList();
        return new CompareMatrix(selection, columns, rows);
    }

    /// <summary>
    /// The members' rows sorted by <paramref name="sort"/>: "name" (the default) or an indicator id of the matrix (by
    /// value; members without a value last in either direction).
    /// </summary>
    /// <returns>The rows, or null when <paramref name="sort"/> names no column.</returns>
    public static IReadOnlyList<CompareRow>? Sort(CompareMatrix matrix, string? sort, bool descending)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var names = StringComparer.Create(UiCulture.Swedish, CompareOptions.None);
        if (string.IsNullOrWhiteSpace(sort) || string.Equals(sort, "name", StringComparison.OrdinalIgnoreCase))
        {
            var byName = matrix.Rows.OrderBy(r => r.Area.Name, names).ThenBy(r => r.Area.Code, StringComparer.Ordinal);
            return (descending ? byName.Reverse() : byName).ToList();
        }

        var index = matrix.Columns.ToList().FindIndex(c => string.Equals(c.Indicator.Code, sort, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return null;
        }

        var withValue = matrix.Rows.Where(r => r.Cells[index].Value is not null);
        var sorted = descending
            ? withValue.OrderByDescending(r => r.Cells[index].Value!.Value)
            : withValue.OrderBy(r => r.Cells[index].Value!.Value);
        return sorted.ThenBy(r => r.Area.Name, names)
            .Concat(matrix.Rows.Where(r => r.Cells[index].Value is null).OrderBy(r => r.Area.Name, names))
            .ToList();
    }

    /// <summary>The members' trends of one indicator as small multiples with riket in each panel; null when no member has a value.</summary>
    public BuiltChart? Trend(CompareSelection selection, IndicatorInfo indicator)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(indicator);
        var connection = read.Connection;
        var country = CompareQueries.Country(connection);
        var keys = selection.Members.Select(m => m.Key).Append(country?.Key ?? -1).ToList();
        var series = CompareQueries.Series(connection, [indicator.Key], keys).ToLookup(p => p.AreaKey);
        if (!selection.Members.Any(m => series[m.Key].Any()))
        {
            return null;
        }

        static TrendPoint Point(StoredValue v) => new(IndicatorText.Year(v.Period), v.Period, v.Value, v.Lower, v.Upper);
        var panels = selection.Members
            .OrderBy(m => m.Name, StringComparer.Create(UiCulture.Swedish, CompareOptions.None))
            .Select(m => new SmallMultiplesPanel(m.Name, series[m.Key].Select(p => Point(p.Value)).ToList()))
            .ToList();
        var reference = country is null ? [] : series[country.Key].Select(p => Point(p.Value)).ToList();
        var periods = series.SelectMany(g => g).Select(p => p.Value.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        var title = IndicatorText.Title(indicator);
        var caption = new ChartCaption(
            title,
            IndicatorText.Unit(indicator),
            CompareText.SelectionName(selection),
            periods.Count == 0 ? "" : periods.Count == 1 ? periods[0] : $"{periods[0]}–{periods[^1]}",
            IndicatorText.Source(indicator));
        var data = new SmallMultiplesChartData(caption, UiCulture.T("Medlemmen", "The member"), ChartDataService.CountryLabel, reference, panels);
        return new BuiltChart(title, data.ToTable(ChartDataService.Words), o => ChartRenderer.Render(data, o));
    }

    /// <summary>
    /// The inequality between the members per period: cov, gini and ti from the store's measure code (its cache
    /// included), weighted by population where N01951 is stored, point estimates only. Empty when the indicator
    /// cannot be measured (the reason is then in the single row's <see cref="CompareInequalityRow.Reason"/>).
    /// </summary>
    public IReadOnlyList<CompareInequalityRow> Inequality(CompareSelection selection, IndicatorInfo indicator)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(indicator);
        var request = selection.Kind == CompareSelectionKind.Areas
            ? new MeasureRequest(indicator.Code) { Group = "areas:" + selection.Key, Members = selection.Members.Select(m => m.Code).ToList() }
            : new MeasureRequest(indicator.Code) { Group = selection.Key };
        MeasureRun run;
        try
        {
            run = store.ComputeInequalityMeasures(request, InequalityOptions.Default with { Measures = [.. InequalityMeasureIds], SimulationDraws = 0 });
        }
        catch (ArgumentException)
        {
            return [];
        }

        return run.Groups.Select(g =>
        {
            double? Estimate(string measure) => g.Results.FirstOrDefault(r => r.Measure == measure)?.Estimate;
            var reason = g.Results.FirstOrDefault(r => !r.IsComputed)?.NotComputedReason;
            return new CompareInequalityRow(
                g.Group.Period, g.Group.Subgroups.Count(s => s.Estimate is not null), g.Group.Subgroups.Count,
                Estimate(InequalityMeasures.Cov), Estimate(InequalityMeasures.Gini), Estimate(InequalityMeasures.Ti), reason);
        }).ToList();
    }

    /// <summary>A network's members with the pages and dates that document them; empty when there is no such network.</summary>
    public IReadOnlyList<NetworkMember> NetworkMembers(string network) => NetworkQuery.Run(read.Connection, network)?.Members ?? [];

    /// <summary>The highest batch behind the matrix's and charts' inputs, for ETags.</summary>
    public long Version() => InputVersionQuery.Latest(read.Connection);

    private IReadOnlyList<Area> AllAreas() => _areas ??= AreaListQuery.Run(read.Connection);

    private (CompareSelection?, CompareProblem, string?) WithMembers(CompareSelection selection, IReadOnlyList<string> codes)
    {
        if (codes.Count > MaxAreas)
        {
            return (null, CompareProblem.TooMany, null);
        }

        var members = CompareQueries.Areas(read.Connection, codes)
            .OrderBy(m => m.Name, StringComparer.Create(UiCulture.Swedish, CompareOptions.None))
            .ToList();
        return members.Count == 0
            ? (null, CompareProblem.NoMembers, selection.Name)
            : (selection with { Members = members }, CompareProblem.None, null);
    }

    private static CompareAggregate Aggregate(List<(CompareArea Member, StoredValue? Value)> values, IReadOnlyDictionary<(long AreaKey, string Period), double> populations)
    {
        if (values.Count == 0)
        {
            return new CompareAggregate(null, CompareAggregateMethod.None, 0);
        }

        var weights = values.Select(v => populations.TryGetValue((v.Member.Key, v.Value!.Period), out var p) && p > 0 ? p : (double?)null).ToList();
        if (weights.All(w => w is not null))
        {
            var total = weights.Sum(w => w!.Value);
            var weighted = values.Select((v, i) => v.Value!.Value * weights[i]!.Value).Sum() / total;
            return new CompareAggregate(weighted, CompareAggregateMethod.PopulationWeighted, values.Count);
        }

        return new CompareAggregate(values.Average(v => v.Value!.Value), CompareAggregateMethod.Unweighted, values.Count);
    }

    [GeneratedRegex(@"^\d{4}(-\d{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
