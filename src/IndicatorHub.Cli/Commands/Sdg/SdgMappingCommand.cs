using System.CommandLine;
using System.Globalization;
using IndicatorHub.Core.Output;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Queries.Sdg;

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
                SdgOutput.Json(context.Out, json =>
                {
                    json.WriteStartArray();
                    foreach (var m in mappings)
                    {
                        json.WriteStartObject();
                        json.WriteString(SdgMappingCsv.IndicatorColumn, m.IndicatorId);
                        json.WriteNumber(SdgMappingCsv.GoalColumn, m.Goal);
                        json.WriteStringOrNull(SdgMappingCsv.TargetColumn, m.TargetId);
                        json.WriteBoolean(SdgMappingCsv.PrimaryColumn, m.IsPrimary);
                        json.WriteString(SdgMappingCsv.SourceColumn, m.Source.ToName());
                        json.WriteStringOrNull(SdgMappingCsv.MappedAtColumn, m.MappedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                        if (m.Progress is { } p)
                        {
                            json.WriteStartObject("progress");
                            if (p.HigherIsBetter is { } hib)
                            {
                                json.WriteBoolean(SdgMappingCsv.HigherIsBetterColumn, hib);
                            }

                            WriteOptional(json, SdgMappingCsv.TargetValueColumn, p.TargetValue);
                            WriteOptional(json, SdgMappingCsv.TargetYearColumn, p.TargetYear);
                            WriteOptional(json, SdgMappingCsv.BaseYearColumn, p.BaseYear);
                            WriteOptional(json, SdgMappingCsv.LimitColumn, p.Limit);
                            json.WriteEndObject();
                        }

                        json.WriteStringOrNull(SdgMappingCsv.NoteColumn, m.Note);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
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

    private static void WriteOptional(System.Text.Json.Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }
}
