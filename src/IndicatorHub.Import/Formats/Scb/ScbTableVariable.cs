using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// A variable of a PX or JSON-stat table with its values in data order and what each value becomes in an
/// observation, worked out once per value rather than once per cell.
/// </summary>
public sealed class ScbTableVariable
{
    /// <summary>Builds a variable; <paramref name="codes"/> may be null when the file gives labels only.</summary>
    /// <param name="code">Language-independent code (PX VARIABLECODE, JSON-stat id), or null.</param>
    /// <param name="label">The variable's label as written ("region", "ålder").</param>
    /// <param name="role">What the variable contributes.</param>
    /// <param name="codes">Value codes in data order, or null.</param>
    /// <param name="labels">Value labels in data order.</param>
    /// <param name="totalValue">The code or label the file declares as this variable's total, or null.</param>
    /// <param name="position">Where the file defines the variable, for area and period positions.</param>
    public ScbTableVariable(string? code, string label, ScbVariableRole role, IReadOnlyList<string>? codes, IReadOnlyList<string> labels, string? totalValue, SourcePosition position)
    {
        Code = code;
        Label = label;
        Role = role;
        Codes = codes;
        Labels = labels;
        Position = position;
        var keys = new string[labels.Count];
        var parts = role == ScbVariableRole.Breakdown ? new ScbBreakdownPart[labels.Count] : [];
        for (var i = 0; i < labels.Count; i++)
        {
            var valueCode = codes?[i];
            var valueLabel = labels[i];
            keys[i] = role switch
            {
                ScbVariableRole.Region => ScbAreaCell.ToArea(valueCode ?? valueLabel),
                ScbVariableRole.Time => ScbVocabulary.NormalizePeriod(valueLabel.Length > 0 && LooksLikePeriod(valueLabel) ? valueLabel : valueCode ?? valueLabel),
                ScbVariableRole.Contents => valueCode ?? valueLabel,
                _ => valueLabel,
            };
            if (role == ScbVariableRole.Breakdown)
            {
                var declared = totalValue is not null && (totalValue == valueCode || totalValue == valueLabel);
                parts[i] = ScbBreakdownPart.Create(code, label, valueCode, valueLabel, declared);
            }
        }

        Keys = keys;
        Parts = parts;
    }

    /// <summary>Language-independent code, or null.</summary>
    public string? Code { get; }

    /// <summary>Label as written.</summary>
    public string Label { get; }

    /// <summary>What the variable contributes to an observation.</summary>
    public ScbVariableRole Role { get; }

    /// <summary>Value codes in data order, or null.</summary>
    public IReadOnlyList<string>? Codes { get; }

    /// <summary>Value labels in data order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Where the file defines the variable.</summary>
    public SourcePosition Position { get; }

    /// <summary>Number of values.</summary>
    public int Count => Labels.Count;

    /// <summary>
    /// Per value: the area (region), the period (time), the content code (contents) or the label (breakdown).
    /// </summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Per value of a breakdown variable, its classified part; empty for other roles.</summary>
    public IReadOnlyList<ScbBreakdownPart> Parts { get; }

    // PX writes the time value as text ("2020", "2025M01"); JSON-stat's labels equal the codes. Either way the
    // text that reads as a period is preferred over a code such as "2020" that may differ in form.
    private static bool LooksLikePeriod(string text) => text.Length >= 4 && char.IsAsciiDigit(text[0]);
}
