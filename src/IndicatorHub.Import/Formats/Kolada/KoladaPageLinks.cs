namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// The paging fields of one Kolada API response. API v2 names them <c>next_page</c>/<c>previous_page</c>, v3
/// <c>next_url</c>/<c>previous_url</c>; both are read. A fetcher follows <see cref="NextUrl"/> until it is null.
/// </summary>
/// <param name="Count">The response's <c>count</c>: the number of items in this page's <c>values</c>.</param>
/// <param name="NextUrl">The full URL of the next page, or null on the last page.</param>
/// <param name="PreviousUrl">The full URL of the previous page, or null on the first.</param>
public sealed record KoladaPageLinks(int? Count, string? NextUrl, string? PreviousUrl)
{
    /// <summary>No paging information (not a Kolada page, or unreadable JSON).</summary>
    public static KoladaPageLinks None { get; } = new(null, null, null);
}
