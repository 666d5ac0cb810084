using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IndicatorHub.Core.Output;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Sdg;

using IndicatorHub.Import.Export.Json;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg progress --indicator ID [--area CODE] [--db PATH] [--format csv|json]`: progress towards 2030
/// of one indicator in one area (default 00, Sweden) with the Open SDG method (<see cref="SdgProgress"/>) on the
/// store's yearly series (<see cref="SdgSeriesQuery"/>). Prints status, method, base and
/// current year and value, observed and required CAGR, the progress value and thresholds compared, the direction
/// and where it came from, the target, and why when it cannot be assessed. Exit 0 when assessed or explained,
/// 2 for a missing or unknown indicator or an unknown area.
/// </summary>
internal static class SdgProgressCommand
{
    /// <summary>Column order of the CSV output.</summary>
    internal static readonly string[] Columns =
    [
        "indicator", "area", "area_name", "status", "status_sv", "method", "base_year", "base_value", "current_year", "current_value",
        "observed_cagr", "required_cagr", "progress_value", "threshold_high", "threshold_medium", "threshold_low", "limit_coefficient",
        "higher_is_better", "direction_from", "target_value", "target_year", "reason",
    ];

    internal static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var indicator = new Option<string?>("--indicator") { Description = "The indicator to assess (required)." };
        var area = new Option<string>("--area") { Description = "Area: SCB or Kolada code or name.", DefaultValueFactory = _ => "00" };
        var format = SdgOutput.Format();
        var command = new Command("progress", "Progress towards 2030 of one indicator in one area (Open SDG method), with the numbers behind it.")
        {
            indicator, area, database, format,
        };
        command.SetAction(result =>
        {
            var id = result.GetValue(indicator);
            if (string.IsNullOrWhiteSpace(id))
            {
                context.Error.WriteLine("indicatorhub sdg progress: --indicator ID is required");
                return 2;
            }

            var store = CommonOptions.OpenStore(result, database, context);
            using var connection = store.Connections.Open();
            var areaText = result.GetValue(area)!;
            if (AreaLookupQuery.Run(connection, areaText) is not { } found)
            {
                context.Error.WriteLine($"indicatorhub sdg progress: unknown area '{areaText}'");
                return 2;
            }

            if (SdgProgressQuery.RunOne(connection, id.Trim(), found) is not { } assessment)
            {
                context.Error.WriteLine($"indicatorhub sdg progress: unknown indicator '{id.Trim()}' (not in the store)");
                return 2;
            }

            if (result.GetValue(format) == "json")
            {
                SdgOutput.Json(context.Out, SdgProgressJson.From(assessment));
            }
            else
            {
                SdgOutput.CsvRow(context.Out, Columns);
                SdgOutput.CsvRow(context.Out, Fields(assessment));
            }

            return 0;
        });
        return command;
    }

    internal static string StatusName(SdgProgressStatus status) => SdgProgressJson.StatusName(status);

    private static object?[] Fields(SdgProgressAssessment a)
    {
        var r = a.Result;
        return
        [
            a.IndicatorId, a.Area.Code, a.Area.Name, StatusName(r.Status), SdgProgressLabels.Swedish(r.Status), SdgProgressJson.MethodName(r.Method),
            r.BaseYear, r.BaseValue, r.CurrentYear, r.CurrentValue,
            r.ObservedCagr, r.RequiredCagr, r.ProgressValue,
            r.Thresholds?.High, r.Thresholds?.Medium, r.Thresholds?.Low, r.Thresholds?.Coefficient,
            a.Settings.HigherIsBetter, SdgProgressJson.DirectionName(a.DirectionFrom),
            a.Settings.TargetValue, a.Settings.TargetValue is null ? null : a.Settings.EffectiveTargetYear, SdgProgressReasonText.English(r),
        ];
    }
}
