namespace IndicatorHub.Import.Formats.Scb;

/// <summary>Chooses the indicator id of a cell from the user's option, the table id and the contents.</summary>
public static class ScbIndicatorId
{
    /// <summary>
    /// <paramref name="optionId"/> (ParseOptions.IndicatorId) wins; a table with more than one content gets
    /// "{id}.{contentCode}" so that each content is its own indicator. Without an option the table id (PX
    /// TABLEID or MATRIX, JSON-stat extension.px.tableid) is used the same way; without either the content code
    /// alone, or null, in which case the pipeline asks for --indicator.
    /// </summary>
    public static string? Compose(string? optionId, string? tableId, string? contentCode, int contentCount)
    {
        var baseId = !string.IsNullOrWhiteSpace(optionId) ? optionId.Trim() : string.IsNullOrWhiteSpace(tableId) ? null : tableId.Trim();
        if (baseId is null)
        {
            return string.IsNullOrWhiteSpace(contentCode) ? null : contentCode.Trim();
        }

        return contentCount > 1 && !string.IsNullOrWhiteSpace(contentCode) ? $"{baseId}.{contentCode.Trim()}" : baseId;
    }
}
