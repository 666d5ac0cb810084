using IndicatorHub.Charts;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Comparison;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Generations;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Rankings;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Presentation.Charts;

/// <summary>An area and an indicator, both resolved.</summary>
public sealed record AreaIndicator(ProfileArea Area, IndicatorInfo Indicator);

/// <summary>A chart's data and table, ready to render or to show beside the image.</summary>
/// <param name="Title">The chart's title (also the image's alt text's start).</param>
/// <param name="Table">The table beside the chart, and its CSV.</param>
/// <param name="Render">Renders the chart's image.</param>
public sealed record BuiltChart(string Title, ChartTable Table, Func<ChartRenderOptions, byte[]> Render);

/// <summary>
/// Builds the chart records from the read queries, worded in the request's language: the one place the page's
/// tables, the images and the CSV downloads come from, so they cannot disagree.
/// </summary>
public sealed class ChartDataService(ReadConnection read, DataGenerationWatch generations)
{
    /// <summary>The area and indicator, or null when either is unknown.</summary>
    public AreaIndicator? Resolve(string areaCode, string indicatorId)
    {
        var area = ProfileAreaQuery.Run(read.Connection, areaCode);
        var indicator = area is null ? null : IndicatorInfoQuery.Run(read.Connection, indicatorId);
        return area is null || indicator is null ? null : new AreaIndicator(area, indicator);
    }

    /// <summary>
    /// The version the chart's ETag and rendered bytes key on: the store's data generation, held in memory and
    /// moved on by every import, rollback and mapping change (also the CLI's), so a cached chart costs no query.
    /// It is the same for every chart, so any new batch re-renders charts whose inputs it did not touch; the
    /// per-indicator highest batch id it replaces could not see a rollback that removed a value.
    /// </summary>
    public long Version() => generations.Current;

    /// <summary>The version of a chart of <paramref name="indicator"/> (<see cref="Version()"/>; the indicator no longer matters).</summary>
    public long Version(IndicatorInfo indicator) => Version();

    /// <summary>The fixed table words in the page's language, so the HTML table and its CSV share their headings.</summary>
    public static ChartTableWords Words => new()
    {
        Period = UiCulture.T("Period", "Period"),
        Lower = UiCulture.T("nedre gräns", "lower limit"),
        Upper = UiCulture.T("övre gräns", "upper limit"),
        Rank = UiCulture.T("Plats", "Rank"),
        AreaCode = UiCulture.T("Kod", "Code"),
        Area = UiCulture.T("Kommun", "Municipality"),
        Value = UiCulture.T("Värde", "Value"),
        Mark = UiCulture.T("Markering", "Marked"),
        Selected = SelectedWord,
        SameCounty = UiCulture.T("Samma län", "Same county"),
        Indicator = UiCulture.T("Indikator", "Indicator"),
        Min = "Min",
        P25 = UiCulture.T("25:e percentilen", "25th percentile"),
        P75 = UiCulture.T("75:e percentilen", "75th percentile"),
        Max = "Max",
        Benchmark = UiCulture.T("Riket", "Sweden"),
    };

    /// <summary>The mark of the chosen municipality in the ranking table.</summary>
    public static string SelectedWord => UiCulture.T("Vald kommun", "Selected municipality");

    /// <summary>"Riket" or "Sweden".</summary>
    public static string CountryLabel => UiCulture.T("Riket", "Sweden");

    /// <summary>The kommungrupp's label: "Storstäder (medel)".</summary>
    public static string GroupLabel(ProfileArea area) =>
        UiCulture.T($"{area.GroupTitle ?? area.GroupId} (kommungruppens medel)", $"{area.GroupTitle ?? area.GroupId} (municipality group mean)");

    /// <summary>The trend: the area against riket, its county and its kommungrupp; null when the area has no value.</summary>
    public BuiltChart? Trend(AreaIndicator target, AreaSeries? series = null)
    {
        series ??= AreaSeriesQuery.Run(read.Connection, target.Indicator.Key, target.Area);
        if (series.Area.Count == 0)
        {
            return null;
        }

        var list = new List<TrendSeries> { new(target.Area.Name, SeriesRole.Area, Points(series.Area)) };
        if (series.Country.Count > 0)
        {
            list.Add(new TrendSeries(CountryLabel, SeriesRole.Country, Points(series.Country)));
        }

        if (series.County.Count > 0 && target.Area.CountyName is { } county)
        {
            list.Add(new TrendSeries(county, SeriesRole.County, Points(series.County)));
        }

        if (series.Group.Count > 0)
        {
            list.Add(new TrendSeries(GroupLabel(target.Area), SeriesRole.MunicipalityGroup,
                series.Group.Select(g => new TrendPoint(IndicatorText.Year(g.Period), g.Period, g.Value, null, null)).ToList()));
        }

        var title = IndicatorText.Title(target.Indicator);
        var data = new TrendChartData(Caption(target, title, series.Area.Select(v => v.Period)), list);
        return new BuiltChart(title, data.ToTable(Words), o => ChartRenderer.Render(data, o));
    }

    /// <summary>Women and men over time with the gap; null when the area has no values by sex.</summary>
    public BuiltChart? Sex(AreaIndicator target, AreaSeries? series = null)
    {
        series ??= AreaSeriesQuery.Run(read.Connection, target.Indicator.Key, target.Area);
        var pairs = series.SexPairs;
        if (pairs.Count == 0)
        {
            return null;
        }

        var title = IndicatorText.Title(target.Indicator) + UiCulture.T(" – kvinnor och män", " – women and men");
        var data = new SexGapChartData(
            Caption(target, title, pairs.Select(p => p.Period)),
            UiCulture.T("Kvinnor", "Women"),
            UiCulture.T("Män", "Men"),
            UiCulture.T("Skillnad (kvinnor − män)", "Gap (women − men)"),
            pairs.Select(p => new SexGapPoint(IndicatorText.Year(p.Period), p.Period, p.Women.Value, p.Men.Value)).ToList());
        return new BuiltChart(title, data.ToTable(Words), o => ChartRenderer.Render(data, o));
    }

    /// <summary>The composite dimensions the indicator has (data/dimensions), e.g. income quintile and education of N05401.</summary>
    public static IReadOnlyList<CompositeDimension> Dimensions(IndicatorInfo indicator) =>
        CompositeDimensionCatalogue.For(indicator.Code).Where(d => d.Ordered).ToList();

    /// <summary>The equiplot of one ordered dimension; null when the dimension is unknown or has no values.</summary>
    public BuiltChart? Equiplot(AreaIndicator target, string dimension)
    {
        var definition = Dimensions(target.Indicator).FirstOrDefault(d => string.Equals(d.Id, dimension, StringComparison.Ordinal));
        if (definition is null)
        {
            return null;
        }

        var sources = definition.Subgroups.Select(s => s.SourceIndicator).ToList();
        var values = CompositeSeriesQuery.Run(read.Connection, target.Area.Key, sources);
        if (values.Count == 0)
        {
            return null;
        }

        var rows = values.GroupBy(v => v.Period, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EquiplotRow(g.Key, sources.Select(s => g.FirstOrDefault(v => v.SourceIndicator == s)?.Value).ToList()))
            .ToList();
        var title = IndicatorText.Title(target.Indicator) + " – " + DimensionTitle(definition);
        var data = new EquiplotChartData(Caption(target, title, rows.Select(r => r.Period)), definition.Subgroups.Select(s => SubgroupLabel(s.Subgroup)).ToList(), rows);
        return new BuiltChart(title, data.ToTable(Words), o => ChartRenderer.Render(data, o));
    }

    /// <summary>The dimension's name in the page's language.</summary>
    public static string DimensionTitle(CompositeDimension dimension) => dimension.Id switch
    {
        "income_quintile" => UiCulture.T("inkomstkvintil", "income quintile"),
        "education" => UiCulture.T("utbildningsnivå", "education level"),
        _ => dimension.Title,
    };

    /// <summary>A subgroup's label in the page's language.</summary>
    public static string SubgroupLabel(string subgroup) => !UiCulture.IsEnglish ? subgroup : subgroup switch
    {
        "kvintil 1 (lägst inkomst)" => "quintile 1 (lowest income)",
        "kvintil 5 (högst inkomst)" => "quintile 5 (highest income)",
        "förgymnasial" => "compulsory school",
        "gymnasial" => "upper secondary",
        "eftergymnasial" => "post-secondary",
        _ when subgroup.StartsWith("kvintil ", StringComparison.Ordinal) => "quintile " + subgroup[8..],
        _ => subgroup,
    };

    /// <summary>The spine chart of the area's latest value; null outside municipalities and regions or without a spread.</summary>
    public static BuiltChart? Spine(AreaIndicator target, StoredValue latest, StoredValue? country, MunicipalitySpread? spread)
    {
        if (spread is null || country is null)
        {
            return null;
        }

        var title = IndicatorText.Title(target.Indicator);
        var data = new SpineChartData(
            $"{title}: {target.Area.Name} {latest.Period}",
            spread.Min, spread.P25, spread.P75, spread.Max, country.Value, latest.Value, target.Indicator.Direction ?? true);
        return new BuiltChart(title, data.ToTable(Words), o => ChartRenderer.Render(data, o));
    }

    /// <summary>The spine chart for the chart URL: the area's latest value on all municipalities' (or regions') spread.</summary>
    public BuiltChart? Spine(AreaIndicator target)
    {
        var series = AreaSeriesQuery.Run(read.Connection, target.Indicator.Key, target.Area);
        if (series.Area.Count == 0 || target.Area.Kind is not (AreaKind.Municipality or AreaKind.Region))
        {
            return null;
        }

        var latest = series.Area[^1];
        var country = series.Country.FirstOrDefault(c => c.Period == latest.Period);
        var spread = MunicipalitySpreadQuery.Run(read.Connection, target.Area.Kind, [(target.Indicator.Key, latest.Period)])
            .GetValueOrDefault((target.Indicator.Key, latest.Period))?.Spread;
        return Spine(target, latest, country, spread);
    }

    /// <summary>The ranking of all municipalities for <paramref name="period"/> (newest when null or unknown); null without values.</summary>
    public BuiltChart? Ranking(IndicatorInfo indicator, string? period, ProfileArea? selected)
    {
        var periods = RankingQuery.Periods(read.Connection, indicator.Key);
        if (periods.Count == 0)
        {
            return null;
        }

        var chosen = period is not null && periods.Contains(period, StringComparer.Ordinal) ? period : periods[0];
        var values = RankingQuery.Run(read.Connection, indicator.Key, chosen);
        var country = RankingQuery.Country(read.Connection, indicator.Key, chosen);
        var bars = values.Select(v => new RankingBar(v.AreaCode, v.AreaName, v.Value,
            selected is not null && v.AreaCode == selected.Code ? RankingMark.Selected
            : selected?.CountyCode is { } county && v.CountyCode == county ? RankingMark.SameCounty
            : RankingMark.None)).ToList();
        var title = IndicatorText.Title(indicator) + UiCulture.T(" – alla kommuner", " – all municipalities");
        var caption = new ChartCaption(title, IndicatorText.Unit(indicator), selected?.Name ?? UiCulture.T("Alla kommuner", "All municipalities"), chosen, IndicatorText.Source(indicator));
        // Without a label the renderer leaves the county's marks out of the legend, and marks must be explained.
        var data = new RankingChartData(caption, bars, country?.Value, CountryLabel, indicator.Direction ?? true)
        {
            SameCountyLabel = selected?.CountyName is { } countyName
                ? UiCulture.T($"Övriga kommuner i {countyName}", $"Other municipalities in {countyName}")
                : null,
        };
        return new BuiltChart(title, data.ToTable(Words), o => ChartRenderer.Render(data, o));
    }

    private static List<TrendPoint> Points(IReadOnlyList<StoredValue> values) =>
        values.Select(v => new TrendPoint(IndicatorText.Year(v.Period), v.Period, v.Value, v.Lower, v.Upper)).ToList();

    private static ChartCaption Caption(AreaIndicator target, string title, IEnumerable<string> periods) =>
        new(title, IndicatorText.Unit(target.Indicator), target.Area.Name, IndicatorText.Span(periods), IndicatorText.Source(target.Indicator));
}
