namespace IndicatorHub.Import.Formats.Scb;

/// <summary>Reads the area out of a region cell as SCB writes it.</summary>
public static class ScbAreaCell
{
    /// <summary>
    /// "0180 Stockholm" → "0180", "01 Stockholms län" → "01", "00 Riket" → "00", "0180 - Stockholm" → "0180",
    /// "0180" → "0180"; a cell without a leading two- or four-digit code is a name and is returned trimmed.
    /// </summary>
    public static string ToArea(string? cell)
    {
        var text = (cell ?? string.Empty).Trim();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        // Only SCB's code lengths count: riket/län have two digits, kommuner four. A cell such as "100+ år"
        // or "2019" in another column never reaches here, but a name starting with digits stays a name.
        if (digits is 2 or 4 && (digits == text.Length || char.IsWhiteSpace(text[digits])))
        {
            return text[..digits];
        }

        return text;
    }
}
