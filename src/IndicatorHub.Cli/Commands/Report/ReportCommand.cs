using System.CommandLine;
using System.Globalization;
using IndicatorHub.Cli.Output;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Presentation.Reports;
using IndicatorHub.Storage.Generations;

namespace IndicatorHub.Cli.Commands.Report;

/// <summary>
/// `indicatorhub report AREA --out FILE.zip [--goal N] [--culture sv|en] [--db PATH]`: the area's report as a ZIP,
/// the same bytes /areas/{code}/report.zip serves for the same day, scope and language.
/// </summary>
internal static class ReportCommand
{
    internal static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var area = new Argument<string>("AREA") { Description = "The municipality, region or riket (SCB or Kolada code, or name)." };
        var output = new Option<string>("--out") { Description = "The ZIP file to write (replaced when it exists).", Required = true };
        var goal = new Option<int?>("--goal") { Description = "Only this SDG goal (1-17), with all its indicators." };
        goal.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } g && !AreaReportScope.IsGoal(g))
            {
                result.AddError($"--goal must be 1-17, not {g}.");
            }
        });
        var culture = new Option<string>("--culture") { Description = "The report's language: sv (default) or en.", DefaultValueFactory = _ => "sv" };
        culture.AcceptOnlyFromAmong("sv", "en");
        var command = new Command("report", "Write an area's report (charts as PNG, SVG and CSV, sources, README) as a ZIP.")
        {
            area, output, goal, culture, database,
        };
        command.SetAction(result => Run(context, result.GetValue(area)!, result.GetValue(output)!, result.GetValue(goal),
            UiCulture.Parse(result.GetValue(culture)) ?? UiCulture.Swedish, () => CommonOptions.OpenStore(result, database, context)));
        return command;
    }

    private static int Run(CliContext context, string areaText, string outPath, int? goal, CultureInfo culture, Func<Storage.IndicatorStore> openStore)
    {
        var fullPath = Path.GetFullPath(outPath);
        if (Directory.Exists(fullPath))
        {
            context.Error.WriteLine($"indicatorhub report: --out '{OneLine.Of(outPath)}' is a directory; name a .zip file.");
            return 2;
        }

        // The ZIP is written beside its destination and moved into place, so a failed run leaves no half file; opening
        // it first makes an unwritable --out fail before any work.
        var temporary = Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        FileStream file;
        try
        {
            file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"indicatorhub report: cannot write '{OneLine.Of(outPath)}': {OneLine.Of(e.Message)}");
            return 1;
        }

        var previousUi = CultureInfo.CurrentUICulture;
        var previous = CultureInfo.CurrentCulture;
        var moved = false;
        try
        {
            // UiCulture words everything from the current UI culture, as the web sets it per request.
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            var store = openStore();
            using var read = new ReadConnection(store);
            using var generations = new DataGenerationWatch(store.Connections);
            var builder = new AreaReportBuilder(
                read,
                new ProfileService(read, new SpreadCache(), new ProfileRowsCache(), generations),
                new ChartDataService(read, generations));
            var report = builder.Build(areaText, new AreaReportScope(goal), DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));
            if (report is null)
            {
                context.Error.WriteLine($"indicatorhub report: Unknown area '{OneLine.Of(areaText)}'.");
                return 2;
            }

            var files = 0;
            using (file)
            {
                AreaReportZip.Write(report, file);
                file.Flush(flushToDisk: true);
                files = report.Figures.Count() * 3 + 2;
            }

            File.Move(temporary, fullPath, overwrite: true);
            moved = true;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {outPath}: {report.Area.Name} ({report.Area.Code}), {report.Goals.Sum(g => g.Indicators.Count)} indicators in {report.Goals.Count} goals, {files} files, {report.Sources.Count} source batches."));
            return 0;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousUi;
            CultureInfo.CurrentCulture = previous;
            file.Dispose();
            if (!moved)
            {
                File.Delete(temporary);
            }
        }
    }
}
