namespace IndicatorHub.Import.Fetch;

/// <summary>Ids and codes that may stand in a URL path segment: letters, digits, '_', '-' and '.'.</summary>
internal static class FetchIds
{
    internal static string? FirstInvalid(IEnumerable<string> ids) =>
        ids.FirstOrDefault(id => id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'));
}
