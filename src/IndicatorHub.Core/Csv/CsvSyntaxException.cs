namespace IndicatorHub.Core.Csv;

/// <summary>Raised when the CSV text itself is malformed (for example an unterminated quote).</summary>
public sealed class CsvSyntaxException : FormatException
{
    public CsvSyntaxException()
    {
    }

    public CsvSyntaxException(string message)
        : base(message)
    {
    }

    public CsvSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CsvSyntaxException(int line, string message)
        : base(message)
    {
        Line = line;
    }

    /// <summary>Line where the malformed record starts.</summary>
    public int Line { get; }
}
