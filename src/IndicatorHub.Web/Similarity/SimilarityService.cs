using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Similarity;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Series;
using IndicatorHub.Storage.Queries.Similarity;
using IndicatorHub.Presentation;

namespace IndicatorHub.Web.Similarity;

/// <summary>The similar municipalities of one area, with what they were computed from.</summary>
/// <param name="Year">The year compared, or null when the area has no values for the indicators.</param>
/// <param name="Indicators">The indicators as the store has them, in the order asked.</param>
/// <param name="Areas">The neighbours' areas by SCB code (names for display).</param>
/// <param name="Version">The highest batch behind the values (for ETags).</param>
public sealed record SimilarityView(Area Area, SimilarityRequestText Request, string? Year, IReadOnlyList<IndicatorInfo> Indicators, SimilarityResult Result, IReadOnlyDictionary<string, Area> Areas, long Version);

/// <summary>
/// Finds similar municipalities for the page and the API through the request's one connection: looks the
/// indicators up, picks the year (the asked one, else the latest in which the area has the most of the
/// indicators), reads every municipality's values in one statement and runs <see cref="SimilarityCalculator"/>.
/// </summary>
public sealed class SimilarityService(ReadConnection read)
{
    /// <summary>The area by code or name, or null.</summary>
    public Area? FindArea(string codeOrName) => AreaLookupQuery.Run(read.Connection, codeOrName);

    /// <summary>The similar municipalities; <paramref name="error"/> names an unknown indicator.</summary>
    public SimilarityView? Find(Area area, SimilarityRequestText request, out SimilarityRequestError? error)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(request);
        error = null;
        var infos = new List<IndicatorInfo>();
        foreach (var indicator in request.Indicators)
        {
            var info = IndicatorInfoQuery.Run(read.Connection, indicator.Indicator);
            if (info is null)
            {
                if (request.UsesDefaultIndicators)
                {
                    continue; // a store without a default indicator still compares on the others
                }

                error = new SimilarityRequestError("indicators", SimilarityRequestProblem.UnknownIndicator, indicator.Indicator);
                return null;
            }

            infos.Add(info);
        }

        // The store's spelling of each code, so the values (keyed by stored code) meet the weights.
        var weights = request.Indicators
            .Join(infos, w => w.Indicator, i => i.Code, (w, i) => new WeightedIndicator(i.Code, w.Weight), StringComparer.OrdinalIgnoreCase)
            .ToList();
        var codes = weights.Select(w => w.Indicator).ToList();
        var year = request.Year;
        if (year is null && codes.Count > 0)
        {
            var years = SimilarityValuesQuery.Years(read.Connection, area.Code, codes);
            year = years.Count == 0 ? null : years.OrderByDescending(y => y.Indicators).ThenByDescending(y => y.Period, StringComparer.Ordinal).First().Period;
        }

        var (values, version) = year is null || codes.Count == 0 ? ([], 0) : SimilarityValuesQuery.Run(read.Connection, codes, year);
        var result = SimilarityCalculator.Nearest(area.Code, values, new SimilarityRequest(weights, request.Count));
        var areas = AreaListQuery.Run(read.Connection)
            .Where(a => result.Nearest.Any(n => n.Area == a.Code))
            .ToDictionary(a => a.Code, StringComparer.Ordinal);
        return new SimilarityView(area, request, year, infos, result, areas, version);
    }
}
