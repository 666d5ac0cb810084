namespace IndicatorHub.Storage.Sdg;

/// <summary>
/// Positions of the columns named in a mapping file's header, so errors (which Core reports by column name) can
/// be printed as line:column like every other import error.
/// </summary>
internal static class SdgHeaderColumns
{
    /// <summary>Column name (case-insensitive) → 1-based position, from the first record of <paramref name="csv"/>.</summary>
    internal static Dictionary<string, int> Read(string csv)
    {
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var field = new System.Text.StringBuilder();
        var quoted = false;
        var position = 1;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\r' or '\n')
            {
                positions.TryAdd(field.ToString().Trim().TrimStart('\uFEFF'), position++);
                field.Clear();
                if (c != ',')
                {
                    return positions;
                }
            }
            else
            {
                field.Append(c);
            }
        }

        positions.TryAdd(field.ToString().Trim().TrimStart('\uFEFF'), position);
        return positions;
    }
}
