namespace IndicatorHub.Storage.Networks;

/// <summary>Where a membership is documented: a public page, the date of the page (or of reading it) and a note.</summary>
/// <param name="Url">The page that names the member; null when none is known.</param>
/// <param name="Date">The page's own date, or the day it was read when it has none.</param>
/// <param name="Note">What the page says, in the words of whoever added the member.</param>
public sealed record NetworkMemberSource(string? Url, DateOnly? Date, string? Note)
{
    /// <summary>No documentation.</summary>
    public static NetworkMemberSource None { get; } = new(null, null, null);
}
