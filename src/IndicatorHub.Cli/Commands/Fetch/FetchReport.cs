using System.Globalization;
using IndicatorHub.Cli.Commands.Import;
using IndicatorHub.Import.Fetch;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Cli.Commands.Fetch;

/// <summary>What a fetch command prints, and its exit code: 0 stored, 1 failed or rejected.</summary>
internal static class FetchReport
{
    internal static int Print(CliContext context, string command, FetchResult result)
    {
        if (result.Import is { } import)
        {
            var s = import.Summary;
            var verdict = result.Succeeded ? string.Create(CultureInfo.InvariantCulture, $"stored, batch {s.BatchId}") : "REJECTED, nothing stored";
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{command}: {verdict}: {result.Pages.Count} page(s) from {result.RequestsPlanned} request(s)"));
            context.Out.WriteLine(ImportReport.Counts(s));
            if (import.SdgMappingsAdded > 0)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  SDG mappings added from Kolada's Agenda 2030 KPI groups: {import.SdgMappingsAdded}"));
            }

            context.Out.WriteLine($"  pages kept in {result.Folder} (manifest.json lists each URL and SHA-256)");
            foreach (var page in result.Pages)
            {
                context.Out.WriteLine($"  {Path.GetFileName(page.Path)}  {page.Method} {page.Url}  sha256 {page.Sha256}");
            }

            foreach (var error in s.Errors.Take(ImportReport.ErrorsShown))
            {
                context.Error.WriteLine(Describe(result.Folder!, error));
            }

            return result.Succeeded ? 0 : 1;
        }

        context.Error.WriteLine($"indicatorhub {command}: {Word(result.Failure!)}; nothing stored");
        return 1;
    }

    /// <summary>The failure in a sentence.</summary>
    internal static string Word(FetchFailure failure)
    {
        var at = failure.Url is null ? string.Empty : $" ({failure.Url})";
        return failure.Reason switch
        {
            FetchFailureReason.NothingRequested => "nothing to fetch: name at least one KPI (--kpi, --kpi-group), or a table and values for each --select",
            FetchFailureReason.MunicipalityOrYearRequired => "Kolada needs --municipality or --years beside the KPIs",
            FetchFailureReason.InvalidId => $"'{failure.Id}' is not a valid id (letters, digits, '_', '-' and '.' only){at}",
            FetchFailureReason.HttpStatus => string.Create(CultureInfo.InvariantCulture, $"the server answered HTTP {failure.StatusCode} after the retries{at}"),
            FetchFailureReason.Timeout => $"the server did not answer in time, on any try{at}",
            FetchFailureReason.ConnectionFailed => $"the connection failed or was reset, on every try{at}",
            FetchFailureReason.CircuitOpen => $"too many recent failures: the circuit breaker is open, try again later{at}",
            FetchFailureReason.RateLimited => $"the client-side rate limiter refused the request (its queue is full){at}",
            FetchFailureReason.InvalidJson => $"the response is not complete JSON (cut off?){at}",
            FetchFailureReason.PagingLoop => $"next_url leads back to a page already read: the paging loops{at}",
            FetchFailureReason.PageLimitExceeded => string.Create(CultureInfo.InvariantCulture, $"the paging went past the limit of {failure.Limit} pages (Fetch:Kolada:MaxPages){at}"),
            FetchFailureReason.ForeignNextUrl => $"next_url points at another server, which is not followed{at}",
            FetchFailureReason.KpiGroupNotFound => $"the KPI group '{failure.Id}' does not exist or has no members{at}",
            FetchFailureReason.ImportRejected => "the importer rejected the pages",
            FetchFailureReason.Cancelled => "cancelled",
            _ => failure.Reason.ToString(),
        };
    }

    /// <summary>"folder/page-0002.json:1:57 ($.values[3].period): reason".</summary>
    private static string Describe(string folder, ImportError error)
    {
        var field = error.Field ?? string.Empty;
        var space = field.IndexOf(' ', StringComparison.Ordinal);
        var (file, rest) = space > 0 ? (field[..space], field[(space + 1)..]) : (field, null);
        return ImportReport.Describe(Path.Combine(folder, file), error with { Field = rest });
    }
}
