using System.CommandLine;
using IndicatorHub.Import.Export;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Observations;

namespace IndicatorHub.Cli.Commands.Export;

/// <summary>`indicatorhub export observations [--db PATH] [--indicator ID] [--area CODE] [--format csv|json]` to stdout.</summary>
internal static class ExportCommand
{
    internal static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var indicator = new Option<string?>("--indicator") { Description = "Only this indicator." };
        var area = new Option<string?>("--area") { Description = "Only this area (SCB or Kolada code, or name)." };
        var dimension = new Option<string?>("--dimension") { Description = "Only this dimension, e.g. sex." };
        var format = new Option<string>("--format") { Description = "csv (IndicatorHub long CSV) or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var observations = new Command("observations", "Write observations with the batch that set each value.")
        {
            database, indicator, area, dimension, format,
        };
        observations.SetAction(result =>
        {
            var store = CommonOptions.OpenStore(result, database, context);
            using var connection = store.Connections.Open();
            var areaText = result.GetValue(area);
            var found = areaText is null ? null : AreaLookupQuery.Run(connection, areaText);
            if (areaText is not null && found is null)
            {
                context.Error.WriteLine($"indicatorhub export: Unknown area '{areaText}'.");
                return 2;
            }

            var rows = ObservationExportQuery.Run(connection, new ObservationFilter(result.GetValue(indicator), found?.Code, result.GetValue(dimension)));

            if (result.GetValue(format) == "json")
            {
                context.Out.Flush();
                using var stdout = context.OpenStandardOutput();
                ObservationJsonWriter.Write(stdout, rows);
            }
            else
            {
                ObservationCsvWriter.Write(context.Out, rows);
            }

            context.Out.Flush();
            return 0;
        });
        return new Command("export", "Export data from the store.") { observations };
    }
}
