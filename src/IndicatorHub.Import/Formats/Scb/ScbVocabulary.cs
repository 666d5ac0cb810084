using IndicatorHub.Core.Observations;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// The words SCB's Statistikdatabasen uses for its variables and values, shared by the CSV, JSON-stat and PX
/// readers so that the same table gives the same observations whichever format it was exported in.
/// </summary>
public static class ScbVocabulary
{
    private static readonly HashSet<string> RegionLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "kommun", "län", "lan", "region/kommun",
    };

    private static readonly HashSet<string> TimeLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "år", "tid", "månad", "kvartal", "halvår", "vecka",
    };

    private static readonly HashSet<string> ContentsLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "tabellinnehåll", "table contents", "contents",
    };

    private static readonly HashSet<string> SexLabels = new(StringComparer.OrdinalIgnoreCase) { "kön", "kon", "sex" };

    private static readonly HashSet<string> TotalLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "totalt", "total", "samtliga", "alla", "totalt, samtliga", "män och kvinnor", "kvinnor och män", "båda könen",
    };

    private static readonly HashSet<string> TotalCodes = new(StringComparer.OrdinalIgnoreCase) { "TotSa", "Tot", "Totalt", "Total", "1+2" };

    private static readonly HashSet<string> MaleLabels = new(StringComparer.OrdinalIgnoreCase) { "män", "man", "men", "male", "males", "pojkar" };

    private static readonly HashSet<string> FemaleLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "kvinnor", "kvinna", "women", "female", "females", "flickor",
    };

    /// <summary>
    /// The role of a variable from its code (PX VARIABLECODE, JSON-stat id) and label. Codes win because they
    /// do not change with the language: "Region", "Tid", "ContentsCode".
    /// </summary>
    public static ScbVariableRole Classify(string? code, string? label)
    {
        var c = code?.Trim() ?? string.Empty;
        var l = label?.Trim() ?? string.Empty;
        if (c.Equals("Region", StringComparison.OrdinalIgnoreCase) || RegionLabels.Contains(l))
        {
            return ScbVariableRole.Region;
        }

        if (c.Equals("Tid", StringComparison.OrdinalIgnoreCase) || TimeLabels.Contains(l))
        {
            return ScbVariableRole.Time;
        }

        if (c.Equals("ContentsCode", StringComparison.OrdinalIgnoreCase) || ContentsLabels.Contains(l))
        {
            return ScbVariableRole.Contents;
        }

        return ScbVariableRole.Breakdown;
    }

    /// <summary>Whether the variable is sex ("kön", code "Kon").</summary>
    public static bool IsSexVariable(string? code, string? label) =>
        SexLabels.Contains(code?.Trim() ?? string.Empty) || SexLabels.Contains(label?.Trim() ?? string.Empty);

    /// <summary>
    /// A sex value in the canonical form: <see cref="Dimensions.Male"/>, <see cref="Dimensions.Female"/> or
    /// <see cref="Dimensions.TotalSubgroup"/>; null when neither the label nor the code is recognised.
    /// SCB codes kön as 1 = män, 2 = kvinnor, TotSa / 1+2 = both.
    /// </summary>
    public static string? SexSubgroup(string? code, string? label)
    {
        var l = label?.Trim() ?? string.Empty;
        if (MaleLabels.Contains(l))
        {
            return Dimensions.Male;
        }

        if (FemaleLabels.Contains(l))
        {
            return Dimensions.Female;
        }

        if (IsTotalLabel(l))
        {
            return Dimensions.TotalSubgroup;
        }

        return code?.Trim() switch
        {
            "1" or "M" => Dimensions.Male,
            "2" or "K" or "F" => Dimensions.Female,
            { } c when TotalCodes.Contains(c) || c == "T" => Dimensions.TotalSubgroup,
            _ => null,
        };
    }

    /// <summary>
    /// Whether a value label means "everyone" for its variable: "totalt", "samtliga", "total", "alla", and the
    /// longer forms SCB writes such as "totalt, samtliga åldrar", "samtliga civilstånd" or "alla åldrar".
    /// </summary>
    public static bool IsTotalLabel(string? label)
    {
        var l = label?.Trim() ?? string.Empty;
        if (l.Length == 0)
        {
            return false;
        }

        if (TotalLabels.Contains(l))
        {
            return true;
        }

        return l.StartsWith("totalt ", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("totalt,", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("samtliga ", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("alla ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a value code is one SCB uses for a total ("TotSa", "Tot", "1+2").</summary>
    public static bool IsTotalCode(string? code) => TotalCodes.Contains(code?.Trim() ?? string.Empty);

    /// <summary>
    /// The period in the store's form when it is one ("2025M01" → "2025-01"), else the text as written so that
    /// the pipeline reports it with its position.
    /// </summary>
    public static string NormalizePeriod(string text) =>
        Period.TryNormalize(text, out var period, out _) ? period : text.Trim();
}
