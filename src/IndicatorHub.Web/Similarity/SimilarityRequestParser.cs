using System.Globalization;
using IndicatorHub.Core.Similarity;

namespace IndicatorHub.Web.Similarity;

/// <summary>What was wrong with a similar-municipalities request; the front ends word it.</summary>
public enum SimilarityRequestProblem
{
    /// <summary>The request is fine.</summary>
    None = 0,

    /// <summary>More indicators than <see cref="SimilarityRequestParser.MaxIndicators"/>.</summary>
    TooManyIndicators,

    /// <summary>An indicator id is not in the store.</summary>
    UnknownIndicator,

    /// <summary>The weights are not one per indicator.</summary>
    WeightCountMismatch,

    /// <summary>A weight is not a positive invariant number.</summary>
    BadWeight,

    /// <summary>The year is not four digits.</summary>
    BadYear,

    /// <summary>k is not a whole number from 1 to <see cref="SimilarityRequestParser.MaxCount"/>.</summary>
    BadCount,
}

/// <summary>A similar-municipalities request as given in the query string, before the indicators are looked up.</summary>
/// <param name="UsesDefaultIndicators">True when no indicators were given and <see cref="SimilarityDefaults.Indicators"/> apply.</param>
public sealed record SimilarityRequestText(IReadOnlyList<WeightedIndicator> Indicators, string? Year, int Count, bool UsesDefaultIndicators);

/// <summary>The query-string field that was wrong, why, and the text given.</summary>
public sealed record SimilarityRequestError(string Field, SimilarityRequestProblem Problem, string? Value);

/// <summary>
/// Parses <c>indicators=ID,ID&amp;weights=1,2&amp;year=YYYY&amp;k=7</c> (shared by the page and the API): ids
/// comma-separated, weights invariant positive numbers one per indicator (default all 1), year four digits (default:
/// the latest with the most values), k 1–50.
/// </summary>
public static class SimilarityRequestParser
{
    /// <summary>At most this many indicators in one request.</summary>
    public const int MaxIndicators = 30;

    /// <summary>At most this many neighbours.</summary>
    public const int MaxCount = 50;

    /// <summary>Parses the fields; on failure <paramref name="error"/> names the field.</summary>
    public static bool TryParse(string? indicators, string? weights, string? year, string? count, out SimilarityRequestText request, out SimilarityRequestError? error)
    {
        request = new SimilarityRequestText([], null, SimilarityRequest.DefaultCount, true);
        error = null;
        var ids = Split(indicators).Select(i => i.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var useDefaults = ids.Count == 0;
        if (useDefaults)
        {
            ids = [.. SimilarityDefaults.Indicators];
        }

        if (ids.Count > MaxIndicators)
        {
            error = new SimilarityRequestError("indicators", SimilarityRequestProblem.TooManyIndicators, indicators);
            return false;
        }

        var weightTexts = Split(weights);
        var weightValues = new List<double>();
        if (weightTexts.Count > 0 && weightTexts.Count != ids.Count)
        {
            error = new SimilarityRequestError("weights", SimilarityRequestProblem.WeightCountMismatch, weights);
            return false;
        }

        foreach (var text in weightTexts)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w) || w <= 0)
            {
                error = new SimilarityRequestError("weights", SimilarityRequestProblem.BadWeight, text);
                return false;
            }

            weightValues.Add(w);
        }

        var trimmedYear = string.IsNullOrWhiteSpace(year) ? null : year.Trim();
        if (trimmedYear is not null && (trimmedYear.Length != 4 || !trimmedYear.All(char.IsAsciiDigit)))
        {
            error = new SimilarityRequestError("year", SimilarityRequestProblem.BadYear, year);
            return false;
        }

        var k = SimilarityRequest.DefaultCount;
        if (!string.IsNullOrWhiteSpace(count)
            && (!int.TryParse(count.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out k) || k < 1 || k > MaxCount))
        {
            error = new SimilarityRequestError("k", SimilarityRequestProblem.BadCount, count);
            return false;
        }

        request = new SimilarityRequestText(
            [.. ids.Select((id, i) => new WeightedIndicator(id, weightValues.Count == 0 ? 1 : weightValues[i]))], trimmedYear, k, useDefaults);
        return true;
    }

    private static List<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>The indicators compared when none are given.</summary>
public static class SimilarityDefaults
{
    /// <summary>
    /// Post-secondary education 25–64 (N01982), unemployment 18–65 (N03920) and children in households with low
    /// economic standard (N66077): three socioeconomic preconditions of health that every municipality has in the
    /// samples for the same years, so "similar" means similar circumstances rather than similar health outcomes —
    /// the point of a benchmark group is to compare outcomes between municipalities with comparable conditions.
    /// Population size is left out on purpose: raw size is so skewed (Stockholm) that its z-scores would dominate.
    /// </summary>
    public static readonly IReadOnlyList<string> Indicators = ["N01982", "N03920", "N66077"];
}
