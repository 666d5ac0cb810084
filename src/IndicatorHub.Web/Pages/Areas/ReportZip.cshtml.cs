using System.Security.Cryptography;
using System.Text;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Presentation.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace IndicatorHub.Web.Pages.Areas;

/// <summary>
/// /areas/{code}/report.zip: the report's charts (print PNG, SVG, CSV), sources and README as one ZIP, the same
/// report the print page shows (?goal=, ?culture=). The ZIP's bytes depend only on the report, so its ETag is a hash
/// of what decides the report: area, scope, date, language, the chosen indicators and the newest batch behind them.
/// </summary>
public sealed class ReportZipModel(ReadConnection read, ProfileService profiles, ChartDataService charts, TimeProvider clock) : PageModel
{
    public IActionResult OnGet(string code, string? goal)
    {
        if (!ReportModel.TryScope(goal, out var scope, out var bad))
        {
            return bad;
        }

        var report = new AreaReportBuilder(read, profiles, charts).Build(code, scope, ReportModel.Today(clock));
        if (report is null)
        {
            return NotFound();
        }

        var key = string.Join('|', "report", report.Area.Code, report.Scope.Goal, report.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            UiCulture.Lang, report.Version, string.Join(',', report.Figures.Select(f => f.FileBase)));
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20] + "\"");
        Response.Headers.ETag = etag.ToString();
        Response.Headers.CacheControl = "private, no-cache";
        Response.Headers.Vary = "Cookie";
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        using var zip = new MemoryStream();
        AreaReportZip.Write(report, zip);
        return File(zip.ToArray(), "application/zip", AreaReportZip.FileName(report));
    }
}
