namespace IndicatorHub.Storage.Imports;

/// <summary>What kind of problem an <see cref="ImportError"/> is, so front ends can group and word them.</summary>
public enum ImportErrorKind
{
    /// <summary>Any problem without a kind of its own; <see cref="ImportError.Reason"/> says what.</summary>
    Other,

    /// <summary>The row's area is not a known SCB or Kolada code or Swedish area name; <see cref="ImportError.Subject"/> is the area as written.</summary>
    UnknownArea,
}

/// <summary>A rejected row or a problem with the file, as kept in the batch record.</summary>
/// <param name="Line">1-based line; 0 for the whole file.</param>
/// <param name="Column">1-based column (field number for delimited text); 0 when unknown.</param>
/// <param name="Field">Column header, JSON path or PX keyword, when known.</param>
/// <param name="Reason">What is wrong, in a sentence.</param>
public sealed record ImportError(long Line, int Column, string? Field, string Reason)
{
    /// <summary>The kind of problem (kept for the report of a run; not stored with the batch).</summary>
    public ImportErrorKind Kind { get; init; }

    /// <summary>What the problem is about, as the file has it (the unknown area's code or name), when the kind has one.</summary>
    public string? Subject { get; init; }
}
