using IndicatorHub.Core.Indicators;

namespace IndicatorHub.Storage.Queries.Indicators;

/// <summary>The indicators table's columns as the indicator queries select them.</summary>
internal sealed class IndicatorRow
{
    internal const string Columns = """
        code AS Id, title, title_en AS TitleEn, description, unit, source, higher_is_better AS HigherIsBetter, scale,
        divided_by_gender AS DividedByGender, operating_area AS OperatingArea, needs_metadata AS NeedsMetadata
        """;

    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? TitleEn { get; set; }

    public string? Description { get; set; }

    public string? Unit { get; set; }

    public string? Source { get; set; }

    public bool? HigherIsBetter { get; set; }

    public double? Scale { get; set; }

    public bool DividedByGender { get; set; }

    public string? OperatingArea { get; set; }

    public bool NeedsMetadata { get; set; }

    internal Indicator ToIndicator() => new(Id, Title)
    {
        TitleEn = TitleEn,
        Description = Description,
        Unit = Unit,
        Source = Source,
        HigherIsBetter = HigherIsBetter,
        Scale = Scale,
        DividedByGender = DividedByGender,
        OperatingArea = OperatingArea,
        NeedsMetadata = NeedsMetadata,
    };
}
