using IndicatorHub.Presentation.Charts;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Presentation.Reports;

/// <summary>
/// Which indicators a report holds. A whole-Kolada store maps over a hundred indicators to the goals, and a report
/// of all of them would run to hundreds of pages and minutes of rendering; a meeting needs an overview per goal and
/// all of one goal on request. So: without a goal, the <see cref="MaxPerGoal"/> mapped indicators of each goal with
/// the newest data (then by title); with a goal, that goal's mapped indicators, at most <see cref="MaxForOneGoal"/>.
/// </summary>
/// <param name="Goal">One SDG goal (1–17), or null for every goal with data.</param>
public sealed record AreaReportScope(int? Goal = null)
{
    /// <summary>How many indicators each goal shows in a report of all goals.</summary>
    public const int MaxPerGoal = 4;

    /// <summary>How many indicators a report of one goal shows at most.</summary>
    public const int MaxForOneGoal = 30;

    /// <summary>True for 1–17.</summary>
    public static bool IsGoal(int goal) => goal is >= 1 and <= 17;

    /// <summary>The limit per goal under this scope.</summary>
    public int Limit => Goal is null ? MaxPerGoal : MaxForOneGoal;
}

/// <summary>An area's report: cover facts, a section per goal with data, and the sources behind every value.</summary>
/// <param name="Area">The area.</param>
/// <param name="Date">The day the report was made (on its cover and in the README).</param>
/// <param name="Scope">Which indicators it holds.</param>
/// <param name="Goals">The goals with data, in goal order.</param>
/// <param name="Sources">Every batch behind the report's values, oldest first.</param>
/// <param name="Version">The highest batch id behind the report; with the date, scope and language it decides the bytes.</param>
public sealed record AreaReport(ProfileArea Area, DateOnly Date, AreaReportScope Scope, IReadOnlyList<AreaReportGoal> Goals, IReadOnlyList<ImportBatch> Sources, long Version)
{
    /// <summary>Every figure in report order.</summary>
    public IEnumerable<AreaReportFigure> Figures => Goals.SelectMany(g => g.Indicators).SelectMany(i => i.Figures);
}

/// <summary>One goal's section.</summary>
/// <param name="Goal">1–17.</param>
/// <param name="Heading">"Mål 3 Hälsa och välbefinnande" in the report's language.</param>
/// <param name="Indicators">The indicators shown.</param>
/// <param name="LeftOut">How many mapped indicators with data the limit left out (shown in a report of this goal alone).</param>
public sealed record AreaReportGoal(int Goal, string Heading, IReadOnlyList<AreaReportIndicator> Indicators, int LeftOut);

/// <summary>One indicator's charts in the report.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Title">Its title in the report's language.</param>
/// <param name="Latest">The area's latest value.</param>
/// <param name="Figures">Its charts: the trend, and women and men where the data has them.</param>
public sealed record AreaReportIndicator(IndicatorInfo Indicator, string Title, StoredValue Latest, IReadOnlyList<AreaReportFigure> Figures);

/// <summary>One chart with its heading, sentence and table.</summary>
/// <param name="Number">1, 2, … through the report ("Figur 3").</param>
/// <param name="Kind">The chart URL's last part: trend or sex.</param>
/// <param name="Heading">"Medellivslängd män – utveckling över tid".</param>
/// <param name="Summary">The one-sentence summary.</param>
/// <param name="Chart">The chart's data, table and renderer.</param>
/// <param name="ChartPath">The chart URL without extension: /charts/areas/1280/indicators/N00923/trend.</param>
/// <param name="FileBase">The file name without extension in the ZIP: 03-N00923-trend.</param>
public sealed record AreaReportFigure(int Number, string Kind, string Heading, string Summary, BuiltChart Chart, string ChartPath, string FileBase);
