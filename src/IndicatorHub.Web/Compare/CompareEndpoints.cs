using System.Globalization;
using System.Text;
using IndicatorHub.Charts;
using IndicatorHub.Core.Csv;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Bundles;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Compare;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Networks;
using IndicatorHub.Web.Charts;

namespace IndicatorHub.Web.Compare;

/// <summary>
/// /compare's downloads and charts: /compare.csv (the matrix, in the page's order), /compare.zip (every chart as PNG
/// and SVG, every table as CSV, and a README naming them) and /charts/compare/trend.{png,svg,csv} (the members'
/// small multiples of one indicator, through the charts' ETag and render cache). The query string is the page's.
/// </summary>
public static class CompareEndpoints
{
    /// <summary>Registers /compare's services.</summary>
    public static WebApplicationBuilder AddIndicatorHubCompare(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<CompareService>();
        builder.Services.AddScoped<Agenda2030SummaryService>();
        return builder;
    }

    /// <summary>Maps the downloads and the trend chart.</summary>
    public static WebApplication MapIndicatorHubCompare(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/compare.csv", (HttpContext http, CompareService compare) =>
        {
            var request = CompareRequest.Read(http.Request, compare);
            if (request.Problem != CompareProblem.None)
            {
                return ChartEndpoints.Problem(request.Status, CompareText.Problem(request.Problem, request.Subject));
            }

            var matrix = compare.Matrix(request.Selection!, request.Indicators, request.Period);
            var rows = CompareService.Sort(matrix, request.Sort, request.Descending)!;
            return Results.File(ChartEndpoints.Csv(matrix.ToTable(rows, CompareText.Words)), "text/csv; charset=utf-8", FileName(request.Selection!) + ".csv");
        });

        app.MapGet("/compare.zip", (HttpContext http, CompareService compare, TimeProvider clock) =>
        {
            var request = CompareRequest.Read(http.Request, compare);
            if (request.Problem != CompareProblem.None)
            {
                return ChartEndpoints.Problem(request.Status, CompareText.Problem(request.Problem, request.Subject));
            }

            return Results.File(Bundle(compare, request, clock.GetUtcNow()), "application/zip", FileName(request.Selection!) + ".zip");
        });

        app.MapGet("/charts/compare/trend.{ext}", (HttpContext http, CompareService compare, ChartImageCache cache, string ext, string? indicator) =>
        {
            if (!ChartEndpoints.TryOptions(http, ext, out var format, out var size, out var bad))
            {
                return bad;
            }

            var request = CompareRequest.Read(http.Request, compare);
            if (request.Problem != CompareProblem.None)
            {
                return ChartEndpoints.Problem(request.Status, CompareText.Problem(request.Problem, request.Subject));
            }

            var (found, problem, subject) = compare.Indicators(indicator, null);
            if (string.IsNullOrWhiteSpace(indicator) || problem != CompareProblem.None || found.Count != 1)
            {
                return ChartEndpoints.Problem(
                    problem == CompareProblem.UnknownIndicator ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
                    string.IsNullOrWhiteSpace(indicator) ? UiCulture.T("Ange en indikator: indicator=ID.", "Give one indicator: indicator=ID.") : CompareText.Problem(problem == CompareProblem.None ? CompareProblem.TooMany : problem, subject));
            }

            var selection = request.Selection!;
            var key = $"compare-trend|{selection.QueryKey}|{string.Join(',', selection.Members.Select(m => m.Code))}|{found[0].Code}";
            return ChartEndpoints.Serve(http, cache, key, compare.Version(), format, size, () => compare.Trend(selection, found[0]));
        });
        return app;
    }

    /// <summary>
    /// Writes the ZIP through the one bundle writer: the matrix, the members, and per indicator the trend (print PNG,
    /// SVG, CSV) and the inequality between members (CSV); last a README.txt naming every file.
    /// </summary>
    internal static byte[] Bundle(CompareService compare, CompareRequest request, DateTimeOffset at)
    {
        var selection = request.Selection!;
        var matrix = compare.Matrix(selection, request.Indicators, request.Period);
        var rows = CompareService.Sort(matrix, request.Sort, request.Descending)!;
        var descriptions = new List<(string Name, string Description)>();
        using var output = new MemoryStream();
        using (var bundle = new ChartBundleWriter(output, UiCulture.Current))
        {
            descriptions.Add((bundle.AddCsv("matrix.csv", matrix.ToTable(rows, CompareText.Words)),
                UiCulture.T("Medlemmar × indikatorer: värde, period och status mot riket per indikator; sist medlemmarna tillsammans och riket.", "Members × indicators: value, period and status against Sweden per indicator; last the members together and Sweden.")));
            descriptions.Add((bundle.AddCsv("members.csv", MembersTable(compare, selection)),
                UiCulture.T("Medlemmarna: kod, namn och (för nätverk) sidan och datumet som styrker medlemskapet.", "The members: code, name and (for networks) the page and date documenting the membership.")));
            foreach (var indicator in request.Indicators)
            {
                var title = IndicatorText.Title(indicator);
                var code = ChartBundleWriter.NamePart(indicator.Code);
                if (compare.Trend(selection, indicator) is { } trend)
                {
                    var names = bundle.AddChart("trend-" + code, trend);
                    descriptions.Add((names[0], UiCulture.T($"{title}: medlemmarnas utveckling, ett litet diagram per medlem med riket (PNG, 300 dpi).", $"{title}: the members' trends, one small chart per member with Sweden (PNG, 300 dpi).")));
                    descriptions.Add((names[1], UiCulture.T($"{title}: samma diagram som SVG.", $"{title}: the same chart as SVG.")));
                    descriptions.Add((names[2], UiCulture.T($"{title}: diagrammets data, en kolumn per medlem och riket.", $"{title}: the chart's data, one column per member and Sweden.")));
                }

                var inequality = compare.Inequality(selection, indicator);
                if (inequality.Count > 0)
                {
                    descriptions.Add((bundle.AddFile($"inequality-{code}.csv", InequalityCsv(inequality)),
                        UiCulture.T($"{title}: ojämlikhet mellan medlemmarna per period (cov, gini, ti).", $"{title}: inequality between the members per period (cov, gini, ti).")));
                }
            }

            var name = CompareText.SelectionName(selection);
            var readme = new StringBuilder(UiCulture.T(
                $"IndicatorHub – jämförelse: {name}\nSkapad {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Källa: {string.Join(", ", request.Indicators.Select(IndicatorText.SourceName).Distinct())}.\nMedlemmar: {string.Join(", ", selection.Members.Select(m => m.Name))}.\nStatus följer kommunprofilens regel (konfidensintervall där de finns, annars fjärdedel bland alla kommuner).\nCSV-filerna är UTF-8 med punkt som decimaltecken.{(selection.IsExample ? "\nNätverket är ett exempel med ofullständig medlemslista." : "")}\n\nFiler:\n",
                $"IndicatorHub – comparison: {name}\nCreated {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Source: {string.Join(", ", request.Indicators.Select(IndicatorText.SourceName).Distinct())}.\nMembers: {string.Join(", ", selection.Members.Select(m => m.Name))}.\nStatus follows the area profile's rule (confidence intervals where the data has them, else the quarter among all municipalities).\nThe CSV files are UTF-8 with a decimal point.{(selection.IsExample ? "\nThe network is an example with an incomplete member list." : "")}\n\nFiles:\n"));
            foreach (var (file, description) in descriptions)
            {
                readme.Append(file).Append('\n').Append("    ").Append(description).Append('\n');
            }

            bundle.AddText("README.txt", readme.ToString());
        }

        return output.ToArray();
    }

    private static ChartTable MembersTable(CompareService compare, CompareSelection selection)
    {
        var sources = selection.Kind == CompareSelectionKind.Network ? compare.NetworkMembers(selection.Key) : [];
        var byCode = sources.ToDictionary(m => m.Area.Code, StringComparer.Ordinal);
        var rows = selection.Members.Select(m =>
        {
            byCode.TryGetValue(m.Code, out var source);
            return (IReadOnlyList<ChartCell>)[ChartCell.Of(m.Code), ChartCell.Of(m.Name), ChartCell.Of(source?.SourceUrl), ChartCell.Of(source?.SourceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ChartCell.Of(source?.Note)];
        }).ToList();
        return new ChartTable(
            [UiCulture.T("Kod", "Code"), UiCulture.T("Område", "Area"), UiCulture.T("Källa (sida)", "Source (page)"), UiCulture.T("Datum", "Date"), UiCulture.T("Anteckning", "Note")], rows);
    }

    /// <summary>The inequality rows as CSV through the one CSV writer.</summary>
    internal static byte[] InequalityCsv(IReadOnlyList<CompareInequalityRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvOutputWriter(text);
        csv.WriteHeader([UiCulture.T("Period", "Period"), UiCulture.T("Medlemmar med värde", "Members with a value"), UiCulture.T("Medlemmar", "Members"), "cov", "gini", "ti", UiCulture.T("Anmärkning", "Note")]);
        foreach (var row in rows)
        {
            csv.Text(row.Period);
            csv.Integer(row.WithValue);
            csv.Integer(row.Members);
            csv.Number(row.Cov);
            csv.Number(row.Gini);
            csv.Number(row.Ti);
            csv.Text(row.Reason);
            csv.EndRow();
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string FileName(CompareSelection selection) =>
        "compare-" + (selection.Kind == CompareSelectionKind.Areas ? "areas" : NetworkNames(selection));

    private static string NetworkNames(CompareSelection selection) => Storage.Networks.NetworkNames.Slug(selection.Key) is { Length: > 0 } slug ? slug : "selection";
}
