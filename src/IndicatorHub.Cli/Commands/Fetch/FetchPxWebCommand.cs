using System.CommandLine;
using IndicatorHub.Import.Fetch.PxWeb;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Cli.Commands.Fetch;

/// <summary>
/// `indicatorhub fetch pxweb --table TAB… --select Region=0180,1480 --select Tid=2020,2021 [--lang sv]
/// [--base-url URL] [--db PATH]`.
/// </summary>
internal static class FetchPxWebCommand
{
    internal static Command Create(CliContext context)
    {
        var tables = new Option<string[]>("--table") { Description = "Table ids, comma-separated or repeated, e.g. TAB6471.", Required = true };
        var selects = new Option<string[]>("--select") { Description = "VARIABLE=CODE,CODE… (repeatable), e.g. --select Region=0180,1480 --select Tid=2020,2021." };
        var language = new Option<string?>("--lang") { Description = "The language asked for (default: configured, sv)." };
        var baseUrl = FetchOptions.BaseUrl();
        var database = CommonOptions.Database();
        var command = new Command("pxweb", "Fetch tables from a PxWeb API v2 server (SCB by default) as JSON-stat 2.0, split to the server's cell limit.")
        {
            tables, selects, language, baseUrl, database,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var selections = new List<PxWebSelection>();
            foreach (var select in result.GetValue(selects) ?? [])
            {
                var equals = select.IndexOf('=', StringComparison.Ordinal);
                var codes = equals > 0 ? FetchOptions.Ids([select[(equals + 1)..]]) : [];
                if (equals <= 0 || codes.Count == 0)
                {
                    context.Error.WriteLine($"indicatorhub fetch pxweb: --select takes VARIABLE=CODE,CODE…, not '{select}'");
                    return 2;
                }

                selections.Add(new PxWebSelection(select[..equals].Trim(), codes));
            }

            if (!FetchOptions.TryUri(result.GetValue(baseUrl), out var uri))
            {
                context.Error.WriteLine($"indicatorhub fetch pxweb: --base-url must be an http or https URL, not '{result.GetValue(baseUrl)}'");
                return 2;
            }

            var request = new PxWebFetchRequest(FetchOptions.Ids(result.GetValue(tables)), selections, FetchOptions.FetchRoot(result, database, context))
            {
                BaseUrl = uri,
                Language = result.GetValue(language),
            };
            var store = CommonOptions.OpenStore(result, database, context);
            using var services = FetchServices.Build(context);
            var fetched = await services.GetRequiredService<PxWebFetcher>().FetchAsync(request, store, cancellationToken).ConfigureAwait(false);
            return FetchReport.Print(context, "fetch pxweb", fetched);
        });
        return command;
    }
}
