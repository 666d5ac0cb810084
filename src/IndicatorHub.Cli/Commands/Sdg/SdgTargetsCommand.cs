using System.CommandLine;
using IndicatorHub.Core.Sdg;

using IndicatorHub.Import.Export.Json;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg targets [--goal N] [--format csv|json]`: the 169 targets in UN order, each with its short
/// heading (Swedish where one is compiled, otherwise the English text) and the English UN text, each text with
/// its language so a reader can tell a fallback from a translation. Needs no database.
/// </summary>
internal static class SdgTargetsCommand
{
    /// <summary>Column order of the CSV output (also the JSON property names).</summary>
    internal static readonly string[] Columns = ["target", "goal", "heading", "heading_lang", "text", "text_lang"];

    internal static Command Create(CliContext context)
    {
        var format = SdgOutput.Format();
        var goal = new Option<int?>("--goal") { Description = "Only the targets of this goal (1-17)." };
        var command = new Command("targets", "The 169 targets: id such as 3.4 or 3.d, goal, heading and text with their language.") { goal, format };
        command.SetAction(result =>
        {
            var catalogue = SdgCatalogue.Load();
            var only = result.GetValue(goal);
            if (only is { } number && !catalogue.ContainsGoal(number))
            {
                context.Error.WriteLine($"indicatorhub sdg targets: there is no goal {SdgOutput.Int(number)}; goals are 1-17");
                return 2;
            }

            var targets = only is { } g ? catalogue.TargetsOf(g) : catalogue.Targets;
            if (result.GetValue(format) == "json")
            {
                SdgOutput.Json(context.Out, targets.Select(SdgTargetJson.From).ToList());
            }
            else
            {
                SdgOutput.CsvRow(context.Out, Columns);
                foreach (var t in targets)
                {
                    var heading = t.Heading();
                    SdgOutput.CsvRow(context.Out, t.Id, t.Goal, heading.Text, heading.Language, t.Text.Text, t.Text.Language);
                }
            }

            return 0;
        });
        return command;
    }
}
