using System.Globalization;
using System.Text;
using IndicatorHub.Charts;
using IndicatorHub.Presentation.Bundles;
using IndicatorHub.Presentation.Localization;

namespace IndicatorHub.Presentation.Reports;

/// <summary>
/// An area's report as a ZIP: each chart as print PNG (300 dpi), SVG and CSV, the sources as CSV, and a README in
/// the report's language naming the area, the date, every file and every batch behind the values. The same report
/// gives the same bytes.
/// </summary>
public static class AreaReportZip
{
    /// <summary>The README's file name.</summary>
    public const string ReadmeName = "README.txt";

    /// <summary>The sources table's file name.</summary>
    public const string SourcesName = "sources.csv";

    /// <summary>The file name offered for download: "rapport-1281-lund-2026-11-30.zip".</summary>
    public static string FileName(AreaReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var goal = report.Scope.Goal is { } g ? "-" + UiCulture.T("mal", "goal") + g.ToString(CultureInfo.InvariantCulture) : "";
        return $"{UiCulture.T("rapport", "report")}-{ChartBundleWriter.NamePart(report.Area.Code)}{goal}-{report.Date:yyyy-MM-dd}.zip";
    }

    /// <summary>Writes the ZIP to <paramref name="output"/> (left open).</summary>
    public static void Write(AreaReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var descriptions = new List<(string Name, string Description)>();
        using var bundle = new ChartBundleWriter(output, UiCulture.Current);
        foreach (var figure in report.Figures)
        {
            var names = bundle.AddChart(figure.FileBase, figure.Chart, ChartSize.Print);
            var what = $"{AreaReportText.Figure(figure.Number)}: {figure.Heading}";
            descriptions.Add((names[0], what + UiCulture.T(" (PNG för tryck, 300 dpi)", " (PNG for print, 300 dpi)")));
            descriptions.Add((names[1], what + " (SVG)"));
            descriptions.Add((names[2], what + UiCulture.T(" (tabellen som CSV)", " (the table as CSV)")));
        }

        bundle.AddFile(SourcesName, SourcesCsv(report));
        descriptions.Add((SourcesName, UiCulture.T("Källorna: importomgångar med fil, SHA-256 och tolk (CSV)", "The sources: import batches with file, SHA-256 and parser (CSV)")));
        descriptions.Add((ReadmeName, UiCulture.T("Den här filen", "This file")));
        bundle.AddText(ReadmeName, Readme(report, descriptions));
    }

    /// <summary>The README's text.</summary>
    public static string Readme(AreaReport report, IReadOnlyList<(string Name, string Description)> files)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(files);
        var text = new StringBuilder();
        text.AppendLine(AreaReportText.Title(report));
        text.AppendLine(new string('=', AreaReportText.Title(report).Length));
        text.AppendLine();
        text.AppendLine(UiCulture.T("Område: ", "Area: ") + $"{report.Area.Name} ({AreaReportText.Kind(report.Area.Kind)}, {UiCulture.T("kod", "code")} {report.Area.Code})");
        text.AppendLine(UiCulture.T("Datum: ", "Date: ") + report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text.AppendLine(UiCulture.T("Språk: svenska", "Language: English"));
        text.AppendLine();
        text.AppendLine(AreaReportText.Selection(report));
        text.AppendLine();
        foreach (var goal in report.Goals)
        {
            text.AppendLine(goal.Heading + ": " + string.Join(", ", goal.Indicators.Select(i => $"{i.Title} ({i.Indicator.Code})")));
        }

        text.AppendLine();
        text.AppendLine(UiCulture.T(
            "Tal i CSV-filerna är skrivna med punkt som decimaltecken (oberoende av språk); ett tomt fält betyder att värdet saknas.",
            "Numbers in the CSV files use a point as decimal separator (whatever the language); an empty field means the value is missing."));
        text.AppendLine();
        text.AppendLine(UiCulture.T("Filer:", "Files:"));
        foreach (var (name, description) in files)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name}  {description}");
        }

        text.AppendLine();
        text.AppendLine(AreaReportText.SourcesHeading + ":");
        text.AppendLine(AreaReportText.SourcesIntro);
        foreach (var batch in report.Sources)
        {
            text.AppendLine(UiCulture.T(
                $"  Importomgång {batch.Id}: {batch.FileName}, SHA-256 {batch.Sha256}, tolk {batch.Format}",
                $"  Batch {batch.Id}: {batch.FileName}, SHA-256 {batch.Sha256}, parser {batch.Format}"));
        }

        text.AppendLine();
        text.AppendLine(UiCulture.T("Skapad av IndicatorHub.", "Made by IndicatorHub."));
        return text.ToString();
    }

    private static byte[] SourcesCsv(AreaReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new Core.Csv.CsvOutputWriter(text);
        csv.WriteHeader(AreaReportText.SourceColumns);
        foreach (var batch in report.Sources)
        {
            csv.Integer(batch.Id).Text(batch.FileName).Text(batch.Sha256).Text(batch.Format).Text(batch.StartedAt);
            csv.EndRow();
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
