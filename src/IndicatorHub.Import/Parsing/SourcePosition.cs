namespace IndicatorHub.Import.Parsing;

/// <summary>
/// Where in a file something was found, for error messages: 1-based line and column. For delimited text the
/// column is the field number and <see cref="Field"/> its header; for JSON and PX it is the character column
/// and <see cref="Field"/> the JSON path or PX keyword. Zero means unknown.
/// </summary>
public readonly record struct SourcePosition(long Line, int Column, string? Field = null)
{
    /// <summary>A position for the whole file, when nothing finer is known.</summary>
    public static SourcePosition File => default;

    /// <summary>"line 12, column 3 (year)".</summary>
    public override string ToString()
    {
        if (Line == 0 && Column == 0)
        {
            return Field is null ? "the file" : $"({Field})";
        }

        var text = Column > 0 ? FormattableString.Invariant($"line {Line}, column {Column}") : FormattableString.Invariant($"line {Line}");
        return Field is null ? text : $"{text} ({Field})";
    }
}
