using IndicatorHub.Core.Observations;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>One breakdown variable's value in one cell, already classified.</summary>
/// <param name="VariableLabel">The variable's label in lower case, e.g. "ålder", "kön".</param>
/// <param name="Subgroup">The value's label ("25-34 år"); for sex "female" or "male".</param>
/// <param name="IsTotal">True when the value is the variable's total and the variable drops out.</param>
/// <param name="IsSex">True for the sex variable, whose lone breakdown is the canonical "sex" dimension.</param>
public sealed record ScbBreakdownPart(string VariableLabel, string Subgroup, bool IsTotal, bool IsSex)
{
    /// <summary>
    /// Classifies a value of a breakdown variable. <paramref name="declaredTotal"/> is true when the file itself
    /// names the value as the total (PX ELIMINATION("var")="text", JSON-stat eliminationValueCode).
    /// </summary>
    public static ScbBreakdownPart Create(string? variableCode, string variableLabel, string? valueCode, string valueLabel, bool declaredTotal = false)
    {
        var label = Lower(variableLabel);
        if (ScbVocabulary.IsSexVariable(variableCode, variableLabel))
        {
            var sex = ScbVocabulary.SexSubgroup(valueCode, valueLabel);
            var isTotal = declaredTotal || sex == Dimensions.TotalSubgroup;
            return new ScbBreakdownPart(label, isTotal ? Dimensions.TotalSubgroup : sex ?? valueLabel.Trim(), isTotal, IsSex: true);
        }

        var total = declaredTotal || ScbVocabulary.IsTotalLabel(valueLabel) || ScbVocabulary.IsTotalCode(valueCode);
        return new ScbBreakdownPart(label, valueLabel.Trim(), total, IsSex: false);
    }

    // Dimension names are compared as text downstream; SCB capitalises labels differently between tables
    // ("Kön", "kön"), so they are stored in lower case.
#pragma warning disable CA1308 // lower case is the documented form of dimension names, not a comparison key
    private static string Lower(string text) => text.Trim().ToLowerInvariant();
#pragma warning restore CA1308
}
