using System.Globalization;

namespace IndicatorHub.Storage.Sdg;

/// <summary>One error or warning about a mapping file, positioned like the importer's errors.</summary>
/// <param name="Line">1-based line in the file (the header is line 1).</param>
/// <param name="Column">1-based column (field position in the header), or 0 when the problem is the whole row.</param>
/// <param name="Field">The column name, when the problem is in one field.</param>
/// <param name="Reason">What is wrong, in English.</param>
/// <param name="IndicatorId">The row's indicator, when known.</param>
public sealed record SdgMappingImportIssue(int Line, int Column, string? Field, string Reason, string? IndicatorId = null)
{
    /// <summary>"12:3 (target): reason", the position part of the CLI's <c>file:line:col (field): reason</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}{(Field is null ? "" : $" ({Field})")}: {Reason}");
}
