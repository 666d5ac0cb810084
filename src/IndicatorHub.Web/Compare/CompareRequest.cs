using System.Text;
using IndicatorHub.Presentation.Compare;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Web.Compare;

/// <summary>
/// /compare's query string read once: the selection (network, group, county or areas), the indicators (ids or a
/// goal), the period and the sort, resolved through <see cref="CompareService"/>. Every view of a comparison (the
/// page, its CSV, its ZIP, its charts) reads it the same way, and every link is built back from it.
/// </summary>
public sealed class CompareRequest
{
    private CompareRequest()
    {
    }

    /// <summary>The selection, when resolved.</summary>
    public CompareSelection? Selection { get; private init; }

    /// <summary>The indicators, when resolved.</summary>
    public IReadOnlyList<IndicatorInfo> Indicators { get; private init; } = [];

    /// <summary>The period asked for, or null for each indicator's latest.</summary>
    public string? Period { get; private init; }

    /// <summary>The goal asked for (when indicators were not listed).</summary>
    public int? Goal { get; private init; }

    /// <summary>True when neither indicators nor a goal were given and the default goal is shown.</summary>
    public bool DefaultGoalUsed { get; private init; }

    /// <summary>The sort key: "name" or an indicator id.</summary>
    public string Sort { get; private init; } = "name";

    /// <summary>True for descending order.</summary>
    public bool Descending { get; private init; }

    /// <summary>What was wrong, or <see cref="CompareProblem.None"/>.</summary>
    public CompareProblem Problem { get; private init; }

    /// <summary>The value that caused <see cref="Problem"/>.</summary>
    public string? Subject { get; private init; }

    /// <summary>The status for <see cref="Problem"/>: 404 for an unknown name, 400 for a malformed request, 200 when none.</summary>
    public int Status => Problem == CompareProblem.None ? 200 : CompareText.IsNotFound(Problem) ? 404 : 400;

    /// <summary>Reads and resolves the query string of <paramref name="request"/>.</summary>
    public static CompareRequest Read(HttpRequest request, CompareService service)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(service);
        var q = request.Query;
        string? One(string key) => q[key].Count > 0 ? q[key][^1] : null;
        var period = One("period");
        var sort = One("sort");
        var descending = string.Equals(One("dir"), "desc", StringComparison.OrdinalIgnoreCase);
        var goalText = One("goal");
        var indicatorsText = One("indicators");
        if (!string.IsNullOrWhiteSpace(period) && !CompareService.IsPeriod(period.Trim()))
        {
            return new CompareRequest { Problem = CompareProblem.BadPeriod, Subject = period };
        }

        var (selection, problem, subject) = service.Select(One("network"), One("group"), One("county"), One("areas"));
        if (problem != CompareProblem.None)
        {
            return new CompareRequest { Problem = problem, Subject = subject };
        }

        var (indicators, indicatorProblem, indicatorSubject) = service.Indicators(indicatorsText, goalText);
        if (indicatorProblem != CompareProblem.None)
        {
            return new CompareRequest { Selection = selection, Problem = indicatorProblem, Subject = indicatorSubject };
        }

        var useGoal = string.IsNullOrWhiteSpace(indicatorsText);
        var result = new CompareRequest
        {
            Selection = selection,
            Indicators = indicators,
            Period = string.IsNullOrWhiteSpace(period) ? null : period.Trim(),
            Goal = useGoal ? (string.IsNullOrWhiteSpace(goalText) ? CompareService.DefaultGoal : int.Parse(goalText, System.Globalization.CultureInfo.InvariantCulture)) : null,
            DefaultGoalUsed = useGoal && string.IsNullOrWhiteSpace(goalText),
            Sort = string.IsNullOrWhiteSpace(sort) ? "name" : sort.Trim(),
            Descending = descending,
        };
        var sortable = result.Sort.Equals("name", StringComparison.OrdinalIgnoreCase)
            || indicators.Any(i => string.Equals(i.Code, result.Sort, StringComparison.OrdinalIgnoreCase));
        return sortable ? result : new CompareRequest { Selection = selection, Indicators = indicators, Problem = CompareProblem.BadSort, Subject = sort };
    }

    /// <summary>
    /// The query string that selects this comparison again (selection, indicators or goal, period), with
    /// <paramref name="sort"/> and <paramref name="descending"/> when given, and the page's language.
    /// </summary>
    public string Query(string? sort = null, bool? descending = null, bool withSort = true, string? indicator = null)
    {
        var parts = new List<(string Key, string Value)>();
        if (Selection is { } s)
        {
            parts.Add((s.QueryKey, s.Key));
        }

        if (indicator is not null)
        {
            parts.Add(("indicator", indicator));
        }
        else if (Goal is { } goal && !DefaultGoalUsed)
        {
            parts.Add(("goal", goal.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (Goal is null && Indicators.Count > 0)
        {
            parts.Add(("indicators", string.Join(',', Indicators.Select(i => i.Code))));
        }

        if (Period is not null)
        {
            parts.Add(("period", Period));
        }

        if (withSort)
        {
            var key = sort ?? Sort;
            var desc = descending ?? Descending;
            if (!key.Equals("name", StringComparison.OrdinalIgnoreCase) || desc)
            {
                parts.Add(("sort", key));
            }

            if (desc)
            {
                parts.Add(("dir", "desc"));
            }
        }

        if (UiCulture.IsEnglish)
        {
            parts.Add(("culture", "en"));
        }

        var text = new StringBuilder();
        foreach (var (key, value) in parts)
        {
            text.Append(text.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }

    /// <summary>The query string of the selection alone (no indicators, period or sort), for the network's other views.</summary>
    public string SelectionQuery()
    {
        var parts = new List<string>();
        if (Selection is { } s)
        {
            parts.Add(s.QueryKey + "=" + Uri.EscapeDataString(s.Key));
        }

        if (UiCulture.IsEnglish)
        {
            parts.Add("culture=en");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
