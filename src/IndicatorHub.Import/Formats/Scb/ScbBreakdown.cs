using IndicatorHub.Core.Observations;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// Turns the breakdown variables of one cell into the store's dimension and subgroup. The rules, the same for
/// SCB CSV, PxWeb JSON-stat and PX:
/// <list type="bullet">
/// <item>A value that is its variable's total ("totalt", "samtliga", "total", "alla", "män och kvinnor", or the
/// value the file declares as total) drops that variable.</item>
/// <item>No variable left: dimension <c>total</c>, subgroup <c>total</c>.</item>
/// <item>One left: its label in lower case and the value's label, e.g. <c>ålder</c> / <c>25-34 år</c>; for
/// kön the canonical <c>sex</c> / <c>female</c> or <c>male</c>.</item>
/// <item>Several left: the variable labels joined with " × " and the value labels joined with " × " in the
/// file's variable order, e.g. <c>ålder × kön</c> / <c>25-34 år × female</c> (sex values stay female/male).</item>
/// </list>
/// </summary>
public static class ScbBreakdown
{
    /// <summary>The separator between variables or values of a crossed breakdown.</summary>
    public const string Separator = " × ";

    /// <summary>Applies the rules above to the cell's breakdown values, in the file's variable order.</summary>
    public static (string Dimension, string Subgroup) Describe(IReadOnlyList<ScbBreakdownPart> parts)
    {
        ScbBreakdownPart? single = null;
        var count = 0;
        foreach (var part in parts)
        {
            if (!part.IsTotal)
            {
                single = part;
                count++;
            }
        }

        if (count == 0 || single is null)
        {
            return (Dimensions.Total, Dimensions.TotalSubgroup);
        }

        if (count == 1)
        {
            return single.IsSex ? (Dimensions.Sex, single.Subgroup) : (single.VariableLabel, single.Subgroup);
        }

        var kept = parts.Where(p => !p.IsTotal).ToList();
        return (string.Join(Separator, kept.Select(p => p.VariableLabel)), string.Join(Separator, kept.Select(p => p.Subgroup)));
    }
}
