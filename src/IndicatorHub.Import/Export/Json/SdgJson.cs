using System.Globalization;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Import.Export.Json;

/// <summary>An area as JSON output names it.</summary>
public sealed record AreaRefJson(string Code, string Name)
{
    /// <summary>The area's code and name.</summary>
    public static AreaRefJson From(Area area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new AreaRefJson(area.Code, area.Name);
    }
}

/// <summary>One goal as `indicatorhub sdg goals --format json` and GET /api/v1/sdg/goals write it.</summary>
public sealed record SdgGoalJson(int Goal, string? ShortSv, string? ShortSvGlobalamalen, string ShortEn, string? TitleSv, string TitleEn, string Colour, string TextColour, double ContrastRatio)
{
    /// <summary>The goal's names and colours; the contrast ratio to two decimals.</summary>
    public static SdgGoalJson From(SdgGoal g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new(g.Number, g.ShortSvScb, g.ShortSvGlobalamalen, g.ShortEn, g.TitleSv, g.TitleEn,
            g.Colour.Background.ToHex(), g.Colour.Text.ToHex(), Math.Round(g.Colour.ContrastRatio, 2));
    }
}

/// <summary>One target as `indicatorhub sdg targets --format json` and GET /api/v1/sdg/targets write it.</summary>
public sealed record SdgTargetJson(string Target, int Goal, string Heading, string HeadingLang, string Text, string TextLang)
{
    /// <summary>The target with its short heading and text, each with its language.</summary>
    public static SdgTargetJson From(SdgTarget t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var heading = t.Heading();
        return new(t.Id, t.Goal, heading.Text, heading.Language, t.Text.Text, t.Text.Language);
    }
}

/// <summary>The progress settings of a mapping (null where the mapping leaves them unset).</summary>
public sealed record SdgMappingProgressJson(bool? HigherIsBetter, double? TargetValue, int? TargetYear, int? BaseYear, double? Limit);

/// <summary>One mapping as `indicatorhub sdg mapping --format json` and GET /api/v1/sdg/mapping write it (the CSV's column names).</summary>
public sealed record SdgMappingJson(string Indicator, int Goal, string? Target, bool Primary, string Source, string? MappedAt, SdgMappingProgressJson? Progress, string? Note)
{
    /// <summary>The mapping; mapped_at as ISO 8601 with its offset.</summary>
    public static SdgMappingJson From(SdgMapping m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.IndicatorId, m.Goal, m.TargetId, m.IsPrimary, m.Source.ToName(),
            m.MappedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            m.Progress is { } p ? new SdgMappingProgressJson(p.HigherIsBetter, p.TargetValue, p.TargetYear, p.BaseYear, p.Limit) : null,
            m.Note);
    }
}

/// <summary>A target's coverage in a goal's coverage.</summary>
public sealed record SdgCoverageTargetJson(string? Target, IReadOnlyList<string> Indicators, int IndicatorsWithData, int MunicipalitiesWithData, bool NoIndicator, bool Blind);

/// <summary>A goal's coverage with its targets'.</summary>
public sealed record SdgCoverageGoalJson(int Goal, string Name, string NameLang, IReadOnlyList<string> Indicators, int IndicatorsWithData, int MunicipalitiesWithData, bool NoIndicator, bool Blind, IReadOnlyList<SdgCoverageTargetJson> Targets);

/// <summary>Coverage as `indicatorhub sdg coverage --format json` and GET /api/v1/sdg/coverage write it.</summary>
/// <param name="Scope">"municipalities", or the area's code.</param>
public sealed record SdgCoverageJson(string Scope, AreaRefJson? Area, int Periods, IReadOnlyList<SdgCoverageGoalJson> Goals)
{
    /// <summary>True when no mapped indicator has recent data in scope: unmapped, or mapped but not measured.</summary>
    public static bool IsBlind(SdgCoverageEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.IndicatorsWithData == 0;
    }

    /// <summary>The report for all municipalities (<paramref name="area"/> null) or one area.</summary>
    public static SdgCoverageJson From(SdgCoverageReport report, Area? area)
    {
        ArgumentNullException.ThrowIfNull(report);
        var catalogue = SdgCatalogue.Load();
        return new SdgCoverageJson(
            area?.Code ?? "municipalities",
            area is null ? null : AreaRefJson.From(area),
            report.PeriodsConsidered,
            [.. report.Goals.Select(goal =>
            {
                var name = catalogue.Goal(goal.Goal).ShortName();
                return new SdgCoverageGoalJson(goal.Goal, name.Text, name.Language, goal.IndicatorIds, goal.IndicatorsWithData, goal.MunicipalitiesWithData, goal.IsBlindSpot, IsBlind(goal),
                    [.. report.Targets.Where(t => t.Goal == goal.Goal).Select(t =>
                        new SdgCoverageTargetJson(t.TargetId, t.IndicatorIds, t.IndicatorsWithData, t.MunicipalitiesWithData, t.IsBlindSpot, IsBlind(t)))]);
            })]);
    }
}

/// <summary>The Open SDG thresholds a progress value was compared with.</summary>
public sealed record SdgThresholdsJson(double High, double Medium, double Low, double LimitCoefficient);

/// <summary>One year of the series progress was assessed on.</summary>
public sealed record SdgSeriesPointJson(int Year, string Period, double Value);

/// <summary>Progress towards 2030 as `indicatorhub sdg progress --format json` and GET /api/v1/sdg/progress write it.</summary>
public sealed record SdgProgressJson(
    string Indicator, AreaRefJson Area, bool Mapped, string Status, string StatusSv, string Method,
    int? BaseYear, double? BaseValue, int? CurrentYear, double? CurrentValue, double? ObservedCagr, double? RequiredCagr, double? ProgressValue,
    SdgThresholdsJson? Thresholds, bool? HigherIsBetter, string DirectionFrom, double? TargetValue, int? TargetYear, string? Reason,
    IReadOnlyList<SdgSeriesPointJson> Series)
{
    /// <summary>sdg-build's status names, so the output reads like Open SDG's.</summary>
    public static string StatusName(SdgProgressStatus status) => status switch
    {
        SdgProgressStatus.TargetAchieved => "target_achieved",
        SdgProgressStatus.OnTrack => "on_track",
        SdgProgressStatus.AccelerationNeeded => "acceleration_needed",
        SdgProgressStatus.LimitedProgress => "limited_progress",
        SdgProgressStatus.Deterioration => "deterioration",
        _ => "not_available",
    };

    /// <summary>with_target, without_target or none.</summary>
    public static string MethodName(SdgProgressMethod method) => method switch
    {
        SdgProgressMethod.WithTarget => "with_target",
        SdgProgressMethod.WithoutTarget => "without_target",
        _ => "none",
    };

    /// <summary>mapping, indicator or none.</summary>
    public static string DirectionName(SdgDirectionSource source) => source switch
    {
        SdgDirectionSource.Mapping => "mapping",
        SdgDirectionSource.Indicator => "indicator",
        _ => "none",
    };

    /// <summary>The assessment with the numbers behind it.</summary>
    public static SdgProgressJson From(SdgProgressAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var r = a.Result;
        return new SdgProgressJson(
            a.IndicatorId, AreaRefJson.From(a.Area), a.Mapped, StatusName(r.Status), SdgProgressLabels.Swedish(r.Status), MethodName(r.Method),
            r.BaseYear, r.BaseValue, r.CurrentYear, r.CurrentValue, r.ObservedCagr, r.RequiredCagr, r.ProgressValue,
            r.Thresholds is { } t ? new SdgThresholdsJson(t.High, t.Medium, t.Low, t.Coefficient) : null,
            a.Settings.HigherIsBetter, DirectionName(a.DirectionFrom),
            a.Settings.TargetValue, a.Settings.TargetValue is null ? null : a.Settings.EffectiveTargetYear, SdgProgressReasonText.English(r),
            [.. a.Series.Select(p => new SdgSeriesPointJson(p.Year, p.Period, p.Value))]);
    }
}
