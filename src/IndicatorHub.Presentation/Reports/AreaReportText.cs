using System.Globalization;
using IndicatorHub.Core.Areas;
using IndicatorHub.Presentation.Localization;

namespace IndicatorHub.Presentation.Reports;

/// <summary>The report's fixed words in the current UI culture, shared by the print page and the ZIP's README.</summary>
public static class AreaReportText
{
    /// <summary>"Rapport för Lund".</summary>
    public static string Title(AreaReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var goal = report.Scope.Goal is { } g ? UiCulture.T($", mål {g}", $", goal {g}") : "";
        return UiCulture.T($"Rapport för {report.Area.Name}{goal}", $"Report for {report.Area.Name}{goal}");
    }

    /// <summary>The kind of area in words.</summary>
    public static string Kind(AreaKind kind) => kind switch
    {
        AreaKind.Country => UiCulture.T("Hela landet", "The whole country"),
        AreaKind.Region => UiCulture.T("Region (län)", "Region (county)"),
        AreaKind.Municipality => UiCulture.T("Kommun", "Municipality"),
        _ => UiCulture.T("Område", "Area"),
    };

    /// <summary>The date as the report's language writes it: "30 november 2026" or "30 November 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", UiCulture.Current);

    /// <summary>Why the report holds what it holds.</summary>
    public static string Selection(AreaReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Scope.Goal is { } goal
            ? UiCulture.T(
                $"Rapporten visar indikatorerna som är kopplade till mål {goal} och har värden för {report.Area.Name}, högst {AreaReportScope.MaxForOneGoal}, de med senast data först.",
                $"The report shows the indicators mapped to goal {goal} that have values for {report.Area.Name}, at most {AreaReportScope.MaxForOneGoal}, those with the newest data first.")
            : UiCulture.T(
                $"Rapporten visar för varje mål i Agenda 2030 med data högst {AreaReportScope.MaxPerGoal} av de indikatorer som är kopplade till målet och har värden för {report.Area.Name}: de med senast data, därefter i bokstavsordning. En rapport för ett enda mål visar alla målets indikatorer.",
                $"For each Agenda 2030 goal with data, the report shows at most {AreaReportScope.MaxPerGoal} of the indicators mapped to the goal that have values for {report.Area.Name}: those with the newest data, then alphabetically. A report for a single goal shows all the goal's indicators.");
    }

    /// <summary>"2 indikatorer till finns för målet" for a goal whose indicators the limit cut.</summary>
    public static string LeftOut(int count) => UiCulture.T(
        count == 1 ? "1 indikator till har data för målet." : $"{count} indikatorer till har data för målet.",
        count == 1 ? "1 more indicator has data for this goal." : $"{count} more indicators have data for this goal.");

    /// <summary>"Figur 3".</summary>
    public static string Figure(int number) => UiCulture.T("Figur ", "Figure ") + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Källor" heading.</summary>
    public static string SourcesHeading => UiCulture.T("Källor", "Sources");

    /// <summary>What the sources list is.</summary>
    public static string SourcesIntro => UiCulture.T(
        "Varje värde i rapporten kommer från en importerad fil. Listan tar upp alla importomgångar med värden eller metadata för rapportens indikatorer (i alla områden, eftersom riket, spridningen och kommungruppens medel bygger på dem), med filens namn, SHA-256 och tolk.",
        "Every value in the report comes from an imported file. The list names every import batch with values or metadata of the report's indicators (in all areas, since Sweden, the spread and the municipality group mean are built from them), with the file's name, SHA-256 and parser.");

    /// <summary>Column headings of the sources table (and sources.csv).</summary>
    public static IReadOnlyList<string> SourceColumns =>
    [
        UiCulture.T("Importomgång", "Batch"),
        UiCulture.T("Fil", "File"),
        "SHA-256",
        UiCulture.T("Tolk", "Parser"),
        UiCulture.T("Importerad", "Imported"),
    ];
}
