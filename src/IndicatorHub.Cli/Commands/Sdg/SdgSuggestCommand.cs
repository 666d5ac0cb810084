using System.CommandLine;
using System.Globalization;
using IndicatorHub.Storage.Queries.Sdg;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg suggest [--indicator ID [--accept]] [--max N] [--db PATH]`: keyword suggestions for the
/// store's unmapped indicators (or one indicator), tab-separated like `list`: indicator, goal, target, score,
/// trigger words, title. A suggestion becomes a mapping only with --accept, which stores the best one for
/// --indicator with source suggestion (primary when the indicator had no mapping).
/// </summary>
internal static class SdgSuggestCommand
{
    internal static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var indicator = new Option<string?>("--indicator") { Description = "Only this indicator (mapped or not)." };
        var max = new Option<int>("--max") { Description = "Suggestions per indicator.", DefaultValueFactory = _ => 3 };
        var accept = new Option<bool>("--accept") { Description = "Store the best suggestion for --indicator as a mapping (source suggestion)." };
        var command = new Command("suggest", "Suggest goals/targets for unmapped indicators from Swedish keywords, with score and trigger words.")
        {
            indicator, max, accept, database,
        };
        command.SetAction(result =>
        {
            var id = result.GetValue(indicator);
            if (result.GetValue(accept) && id is null)
            {
                context.Error.WriteLine("indicatorhub sdg suggest: --accept needs --indicator ID, so only a reviewed suggestion is stored");
                return 2;
            }

            if (result.GetValue(max) < 1)
            {
                context.Error.WriteLine("indicatorhub sdg suggest: --max must be at least 1");
                return 2;
            }

            var store = CommonOptions.OpenStore(result, database, context);
            IReadOnlyList<SdgIndicatorSuggestions> suggestions;
            using (var connection = store.Connections.Open())
            {
                if (id is null)
                {
                    suggestions = SdgSuggestionQuery.ForUnmapped(connection, result.GetValue(max));
                }
                else if (SdgSuggestionQuery.ForIndicator(connection, id, result.GetValue(max)) is { } one)
                {
                    suggestions = [one];
                }
                else
                {
                    context.Error.WriteLine($"indicatorhub sdg suggest: The store holds no indicator '{id}'.");
                    return 2;
                }
            }

            var titles = suggestions.ToDictionary(s => s.IndicatorId, s => s.Title, StringComparer.Ordinal);
            foreach (var (indicatorId, _, list) in suggestions)
            {
                if (list.Count == 0)
                {
                    context.Error.WriteLine($"{indicatorId}: no suggestion (no keyword matched)");
                }

                foreach (var s in list)
                {
                    context.Out.WriteLine(string.Join('\t',
                        s.IndicatorId, s.Goal.ToString(CultureInfo.InvariantCulture), s.TargetId ?? "", SdgOutput.Number(s.Score),
                        string.Join(", ", s.TriggerWords), titles.GetValueOrDefault(s.IndicatorId, "")));
                }
            }

            if (result.GetValue(accept))
            {
                var ranked = suggestions.Single().Suggestions;
                var best = ranked.Count > 0 ? ranked[0] : null;
                if (best is null)
                {
                    context.Error.WriteLine($"indicatorhub sdg suggest: nothing to accept for {id}");
                    return 1;
                }

                var isPrimary = !store.Read(SdgMappingQuery.Run).IsMapped(best.IndicatorId);
                var stored = store.AcceptSdgSuggestion(best, isPrimary);
                context.Error.WriteLine($"accepted: {stored.IndicatorId} → goal {SdgOutput.Int(stored.Goal)}{(stored.TargetId is null ? "" : " target " + stored.TargetId)}{(stored.IsPrimary ? " (primary)" : "")}");
            }

            return 0;
        });
        return command;
    }
}
