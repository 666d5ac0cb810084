using System.Globalization;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Web.Infrastructure.Fetching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Import;

/// <summary>Why the fetch form was refused before anything was queued; worded by the page.</summary>
public enum FetchFormProblem
{
    /// <summary>No problem.</summary>
    None,

    /// <summary>Kolada: neither KPIs nor a KPI group.</summary>
    NoKpi,

    /// <summary>Kolada: the years are not years or ranges such as 2015-2024.</summary>
    BadYears,

    /// <summary>PxWeb: no table.</summary>
    NoTable,

    /// <summary>PxWeb: a selection line is not VARIABLE=VALUE,VALUE.</summary>
    BadSelection,
}

/// <summary>
/// /import/fetch (analysts): start a Kolada fetch (KPIs or a KPI group, municipalities, years) or a PxWeb fetch
/// (tables and a selection per variable). The fetch runs in the background like an upload; the job page shows
/// where it is and how it ended.
/// </summary>
public sealed class FetchModel(FetchJobs jobs) : PageModel
{
    private const int MaxFieldLength = 4000;

    [BindProperty]
    public string? Kpis { get; set; }

    [BindProperty]
    public string? KpiGroup { get; set; }

    [BindProperty]
    public string? Municipalities { get; set; }

    [BindProperty]
    public string? Years { get; set; }

    [BindProperty]
    public string? Tables { get; set; }

    /// <summary>One line per variable: Region=0180,1480.</summary>
    [BindProperty]
    public string? Selections { get; set; }

    /// <summary>Why the last post was refused.</summary>
    public FetchFormProblem Problem { get; private set; }

    /// <summary>Which form the problem concerns.</summary>
    public FetchSource? ProblemSource { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPostKolada()
    {
        var kpis = Ids(Kpis);
        var group = string.IsNullOrWhiteSpace(KpiGroup) ? null : KpiGroup.Trim();
        if (kpis.Count == 0 && group is null)
        {
            return Refuse(FetchSource.Kolada, FetchFormProblem.NoKpi);
        }

        if (!TryYears(Years, out var years))
        {
            return Refuse(FetchSource.Kolada, FetchFormProblem.BadYears);
        }

        var job = jobs.EnqueueKolada(
            new KoladaFetchRequest(KoladaEndpoint.Data, jobs.FetchRoot) { KpiIds = kpis, KpiGroupId = group, MunicipalityIds = Ids(Municipalities), Years = years },
            User.Identity!.Name!);
        return RedirectToPage("/Import/FetchJob", new { id = job.Id });
    }

    public IActionResult OnPostPxWeb()
    {
        var tables = Ids(Tables);
        if (tables.Count == 0)
        {
            return Refuse(FetchSource.PxWeb, FetchFormProblem.NoTable);
        }

        if (!TrySelections(Selections, out var selections))
        {
            return Refuse(FetchSource.PxWeb, FetchFormProblem.BadSelection);
        }

        var job = jobs.EnqueuePxWeb(new PxWebFetchRequest(tables, selections, jobs.FetchRoot), User.Identity!.Name!);
        return RedirectToPage("/Import/FetchJob", new { id = job.Id });
    }

    private PageResult Refuse(FetchSource source, FetchFormProblem problem)
    {
        ProblemSource = source;
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>"N00923, U01405" or one per line → the ids, in order, without repeats.</summary>
    internal static List<string> Ids(string? text) =>
        [.. (text ?? string.Empty)[..Math.Min(text?.Length ?? 0, MaxFieldLength)]
            .Split([',', ' ', '\n', '\r', '\t', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>"2015-2024", "2019,2021" or a mix → the years; empty for all years.</summary>
    internal static bool TryYears(string? text, out IReadOnlyList<int> years)
    {
        var list = new SortedSet<int>();
        years = [];
        foreach (var part in Ids(text))
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0 && TryYear(part[..dash], out var from) && TryYear(part[(dash + 1)..], out var to) && from <= to)
            {
                list.UnionWith(Enumerable.Range(from, to - from + 1));
            }
            else if (TryYear(part, out var year))
            {
                list.Add(year);
            }
            else
            {
                return false;
            }
        }

        years = [.. list];
        return true;

        static bool TryYear(string text, out int year) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2100;
    }

    /// <summary>Lines "Region=0180,1480" → the selections; blank lines are skipped.</summary>
    internal static bool TrySelections(string? text, out IReadOnlyList<PxWebSelection> selections)
    {
        var list = new List<PxWebSelection>();
        selections = list;
        foreach (var line in (text ?? string.Empty)[..Math.Min(text?.Length ?? 0, MaxFieldLength)].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var variable = equals > 0 ? line[..equals].Trim() : string.Empty;
            var values = equals > 0 ? Ids(line[(equals + 1)..]) : [];
            if (variable.Length == 0 || values.Count == 0)
            {
                return false;
            }

            list.Add(new PxWebSelection(variable, values));
        }

        return true;
    }
}
