namespace IndicatorHub.Import.Formats.Scb;

/// <summary>A column of an SCB CSV that holds values, and what its heading says about them.</summary>
/// <param name="Index">0-based field index.</param>
/// <param name="Name">The heading as written.</param>
/// <param name="Period">The period from the heading ("2019" of "Folkmängd 2019"), or null when a time column gives it.</param>
/// <param name="Content">The content from the heading ("Folkmängd"), or null.</param>
/// <param name="Sex">A kön value from the heading ("män 2019"), or null.</param>
internal sealed record ScbCsvValueColumn(int Index, string Name, string? Period, string? Content, ScbBreakdownPart? Sex);
