using System.CommandLine;
using IndicatorHub.Import.Export.Json;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg goals [--format csv|json]`: the 17 goals with SCB and globalamalen.se Swedish names, UN English
/// names, official colour and the computed text colour that passes WCAG 2.1 AA on it. Needs no database.
/// </summary>
internal static class SdgGoalsCommand
{
    /// <summary>Column order of the CSV output (also the JSON property names).</summary>
    internal static readonly string[] Columns =
        ["goal", "short_sv", "short_sv_globalamalen", "short_en", "title_sv", "title_en", "colour", "text_colour", "contrast_ratio"];

    internal static Command Create(CliContext context)
    {
        var format = SdgOutput.Format();
        var command = new Command("goals", "The 17 goals: number, Swedish (SCB, globalamalen.se) and English names, colour and text colour.") { format };
        command.SetAction(result =>
        {
            var goals = SdgCatalogue.Load().Goals;
            if (result.GetValue(format) == "json")
            {
                SdgOutput.Json(context.Out, goals.Select(SdgGoalJson.From).ToList());
            }
            else
            {
                SdgOutput.CsvRow(context.Out, Columns);
                foreach (var g in goals)
                {
                    SdgOutput.CsvRow(context.Out,
                        g.Number, g.ShortSvScb, g.ShortSvGlobalamalen, g.ShortEn, g.TitleSv, g.TitleEn,
                        g.Colour.Background.ToHex(), g.Colour.Text.ToHex(), Math.Round(g.Colour.ContrastRatio, 2));
                }
            }

            return 0;
        });
        return command;
    }
}
