using Dapper;
using IndicatorHub.Core.Indicators;

namespace IndicatorHub.Storage;

public sealed partial class IndicatorStore
{
    private const string IndicatorColumns = """
        code AS Id, title, title_en AS TitleEn, description, unit, source, higher_is_better AS HigherIsBetter, scale,
        divided_by_gender AS DividedByGender, operating_area AS OperatingArea, needs_metadata AS NeedsMetadata
        """;

    /// <summary>Every indicator, by id.</summary>
    public IReadOnlyList<Indicator> GetIndicators()
    {
        using var connection = _connections.Open();
        return connection.Query<IndicatorRecord>($"SELECT {IndicatorColumns} FROM indicators ORDER BY code")
            .Select(r => r.ToIndicator())
            .ToList();
    }

    /// <summary>The indicator with id <paramref name="code"/>, or null.</summary>
    public Indicator? GetIndicator(string code)
    {
        using var connection = _connections.Open();
        return connection.QuerySingleOrDefault<IndicatorRecord>($"SELECT {IndicatorColumns} FROM indicators WHERE code = @Code", new { Code = code })
            ?.ToIndicator();
    }

    private sealed class IndicatorRecord
    {
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

        public Indicator ToIndicator() => new(Id, Title)
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
}
