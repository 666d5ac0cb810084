namespace IndicatorHub.Core.Sdg.Csv;

/// <summary>Raised when the CSV text itself is malformed (for example an unterminated quote).</summary>
internal sealed class SdgCsvSyntaxException : FormatException
{
    public SdgCsvSyntaxException()
    {
    }

    public SdgCsvSyntaxException(string message)
        : base(message)
    {
    }

    public SdgCsvSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SdgCsvSyntaxException(int line, string message)
        : base(message)
    {
        Line = line;
    }

    /// <summary>Line where the malformed record starts.</summary>
    public int Line { get; }
}
