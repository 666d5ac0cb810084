using System.CommandLine;
using System.Globalization;
using IndicatorHub.Core.Output;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Queries.Sdg;

using IndicatorHub.Import.Export.Json;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg mapping [--db PATH] [--format csv|json]`: every stored mapping. The CSV is exactly
/// <see cref="SdgMappingCsv"/>'s (indicator,goal,target,primary,source,mapped_at,...,note), so it imports back
/// with `sdg import-mapping` unchanged.
/// </summary>
internal static class SdgMappingCommand
{
    internal static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var format = SdgOutput.Format();
        var command = new Command("mapping", "Every indicator → goal/target mapping, in the CSV that import-mapping reads.") { database, format };
        command.SetAction(result =>
        {
            var mappings = CommonOptions.OpenStore(result, database, context).Read(SdgMappingQuery.Run);
            if (result.GetValue(format) == "json")
            {
                SdgOutput.Json(context.Out, mappings.Select(SdgMappingJson.From).ToList());
            }
            else
            {
                // Core's own writer, every column, LF line ends: what import-mapping reads back.
                SdgMappingCsv.Write(context.Out, mappings);
            }

            return 0;
        });
        return command;
    }
}
