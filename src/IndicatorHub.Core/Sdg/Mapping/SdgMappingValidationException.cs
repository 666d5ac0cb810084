namespace IndicatorHub.Core.Sdg;

/// <summary>Thrown when a set of mappings breaks the rules (unknown goal/target, not exactly one primary, ...).</summary>
public sealed class SdgMappingValidationException : Exception
{
    public SdgMappingValidationException()
        : this([])
    {
    }

    public SdgMappingValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public SdgMappingValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates the exception from the full list of errors.</summary>
    public SdgMappingValidationException(IReadOnlyList<SdgMappingError> errors)
        : base(errors.Count == 0 ? "Invalid SDG mappings." : "Invalid SDG mappings: " + string.Join("; ", errors.Take(10)) + (errors.Count > 10 ? $"; and {errors.Count - 10} more" : ""))
    {
        Errors = errors;
    }

    /// <summary>Every error found, not just the first.</summary>
    public IReadOnlyList<SdgMappingError> Errors { get; }
}
