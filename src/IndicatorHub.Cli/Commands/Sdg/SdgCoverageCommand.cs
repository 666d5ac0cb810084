using System.CommandLine;
using System.Text.Json;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Sdg;

using IndicatorHub.Import.Export.Json;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg coverage [--area CODE] [--periods N] [--db PATH] [--format csv|json]`: per goal and target,
/// the indicators mapped there, how many have data, for how many municipalities (or, with --area, whether that
/// area has data) in each indicator's latest N years, and the blind spots. See
/// <see cref="SdgAvailabilityQuery"/> for the exact definitions.
/// </summary>
internal static class SdgCoverageCommand
{
    /// <summary>Column order of the CSV output.</summary>
    internal static readonly string[] Columns =
        ["scope", "level", "goal", "target", "indicators", "indicators_with_data", "municipalities_with_data", "no_indicator", "blind", "indicator_ids"];

    internal static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var area = new Option<string?>("--area") { Description = "One municipality (SCB or Kolada code, or name): which targets are blind there." };
        var periods = new Option<int>("--periods") { Description = "Latest years counted per indicator.", DefaultValueFactory = _ => SdgCoverage.DefaultPeriods };
        var format = SdgOutput.Format();
        var command = new Command("coverage", "Indicators and municipalities with recent data per goal and target, and the blind spots.")
        {
            area, periods, database, format,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(periods) < 1)
            {
                context.Error.WriteLine("indicatorhub sdg coverage: --periods must be at least 1");
                return 2;
            }

            var store = CommonOptions.OpenStore(result, database, context);
            using var connection = store.Connections.Open();
            var areaText = result.GetValue(area);
            var found = areaText is null ? null : AreaLookupQuery.Run(connection, areaText);
            if (areaText is not null && found is null)
            {
                context.Error.WriteLine($"indicatorhub sdg coverage: unknown area '{areaText}'");
                return 2;
            }

            var report = SdgCoverageQuery.Run(connection, found, result.GetValue(periods));
            var scope = found?.Code ?? "municipalities";
            if (result.GetValue(format) == "json")
            {
                SdgOutput.Json(context.Out, SdgCoverageJson.From(report, found));
            }
            else
            {
                SdgOutput.CsvRow(context.Out, Columns);
                foreach (var goal in report.Goals)
                {
                    CsvEntry(context.Out, scope, goal);
                    foreach (var target in report.Targets.Where(t => t.Goal == goal.Goal))
                    {
                        CsvEntry(context.Out, scope, target);
                    }
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>True when no mapped indicator has recent data in scope: unmapped, or mapped but not measured.</summary>
    internal static bool IsBlind(SdgCoverageEntry entry) => SdgCoverageJson.IsBlind(entry);

    private static void CsvEntry(TextWriter writer, string scope, SdgCoverageEntry e) =>
        SdgOutput.CsvRow(writer,
            scope, e.TargetId is null ? "goal" : "target", e.Goal, e.TargetId, e.IndicatorCount,
            e.IndicatorsWithData, e.MunicipalitiesWithData, e.IsBlindSpot,
            IsBlind(e), string.Join(' ', e.IndicatorIds));
}
