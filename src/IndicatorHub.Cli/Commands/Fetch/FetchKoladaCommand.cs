using System.CommandLine;
using IndicatorHub.Import.Fetch.Kolada;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Cli.Commands.Fetch;

/// <summary>
/// `indicatorhub fetch kolada --kpi N00923,U01405 [--kpi-group ID] [--municipality 0180,1480] [--years 2015-2024]
/// [--metadata kpi|municipality|municipality-groups|kpi-groups [--id ID…]] [--base-url URL] [--db PATH]`.
/// </summary>
internal static class FetchKoladaCommand
{
    private static readonly Dictionary<string, KoladaEndpoint> Metadata = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kpi"] = KoladaEndpoint.Kpi,
        ["municipality"] = KoladaEndpoint.Municipality,
        ["municipality-groups"] = KoladaEndpoint.MunicipalityGroups,
        ["kpi-groups"] = KoladaEndpoint.KpiGroups,
    };

    internal static Command Create(CliContext context)
    {
        var kpi = new Option<string[]>("--kpi") { Description = "KPI ids, comma-separated or repeated, e.g. N00923,U01405." };
        var group = new Option<string?>("--kpi-group") { Description = "A KPI group id; its member KPIs are fetched." };
        var municipality = new Option<string[]>("--municipality") { Description = "Kolada area ids, e.g. 0180,1480 (default: all)." };
        var years = new Option<string?>("--years") { Description = "Years, e.g. 2015-2024 or 2019,2021 (default: all)." };
        var metadata = new Option<string?>("--metadata") { Description = "Fetch metadata instead of values: kpi | municipality | municipality-groups | kpi-groups." };
        metadata.AcceptOnlyFromAmong([.. Metadata.Keys]);
        var ids = new Option<string[]>("--id") { Description = "With --metadata: the ids to fetch (default: all)." };
        var baseUrl = FetchOptions.BaseUrl();
        var database = CommonOptions.Database();
        var command = new Command("kolada", "Fetch from Kolada API v3: values for KPIs × municipalities × years, or metadata. At most 25 ids per request, following next_url.")
        {
            kpi, group, municipality, years, metadata, ids, baseUrl, database,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!FetchOptions.TryYears(result.GetValue(years), out var yearList))
            {
                context.Error.WriteLine($"indicatorhub fetch kolada: --years takes years or ranges such as 2015-2024, not '{result.GetValue(years)}'");
                return 2;
            }

            if (!FetchOptions.TryUri(result.GetValue(baseUrl), out var uri))
            {
                context.Error.WriteLine($"indicatorhub fetch kolada: --base-url must be an http or https URL, not '{result.GetValue(baseUrl)}'");
                return 2;
            }

            var endpoint = result.GetValue(metadata) is { } name ? Metadata[name] : KoladaEndpoint.Data;
            var request = new KoladaFetchRequest(endpoint, FetchOptions.FetchRoot(result, database, context))
            {
                KpiIds = FetchOptions.Ids(result.GetValue(kpi)),
                KpiGroupId = result.GetValue(group),
                MunicipalityIds = FetchOptions.Ids(result.GetValue(municipality)),
                Years = yearList,
                Ids = FetchOptions.Ids(result.GetValue(ids)),
                BaseUrl = uri,
            };
            var store = CommonOptions.OpenStore(result, database, context);
            using var services = FetchServices.Build(context);
            var fetched = await services.GetRequiredService<KoladaFetcher>().FetchAsync(request, store, cancellationToken).ConfigureAwait(false);
            return FetchReport.Print(context, "fetch kolada", fetched);
        });
        return command;
    }
}
