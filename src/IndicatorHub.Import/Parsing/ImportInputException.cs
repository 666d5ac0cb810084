namespace IndicatorHub.Import.Parsing;

/// <summary>
/// The input cannot be read further: bytes that are not valid in its encoding, a line or field past the length
/// limits, a file larger than its format allows. Thrown from the depths of a reader (where no item can be
/// yielded) and turned by the import pipeline into a fatal problem at <see cref="Position"/>, rejecting the file.
/// </summary>
public sealed class ImportInputException : Exception
{
    /// <summary>Creates the exception for a fault at <paramref name="position"/>.</summary>
    public ImportInputException(SourcePosition position, string reason)
        : base(reason)
    {
        Position = position;
        Reason = reason;
    }

    /// <summary>Where the fault is.</summary>
    public SourcePosition Position { get; }

    /// <summary>What is wrong and what to do, in a sentence.</summary>
    public string Reason { get; }
}
