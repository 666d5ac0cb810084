using System.Text;
using IndicatorHub.Core.Csv;
using IndicatorHub.Import.Text;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Web.Infrastructure.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Import;

/// <summary>
/// /import/job?id=…: a dry run's or an import's progress (rows, rows/s, time left; the page reloads itself
/// while it runs and the state lives on the server, so a reload loses nothing), then its report. A clean dry
/// run offers the confirmation that queues the import; an import offers its rejected rows as CSV.
/// </summary>
public sealed class JobModel(ImportJobs jobs, UploadStore uploads, TimeProvider clock) : PageModel
{
    /// <summary>The job's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    /// <summary>Further uploads of the same form, to preview next.</summary>
    [BindProperty(SupportsGet = true)]
    public string? More { get; set; }

    public ImportJob? Job { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The next upload of the same form, if any.</summary>
    public string? NextUpload => More?.Split(',', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(UploadStore.IsId);

    /// <summary>The uploads after <see cref="NextUpload"/>.</summary>
    public string? RestAfterNext
    {
        get
        {
            var rest = More?.Split(',', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
            return rest is { Count: > 0 } ? string.Join(',', rest) : null;
        }
    }

    public IActionResult OnGet()
    {
        Job = jobs.Find(Id);
        return Job is null ? NotFound() : Page();
    }

    /// <summary>Queues the import a finished dry run validated.</summary>
    public IActionResult OnPostConfirm()
    {
        var dryRun = jobs.Find(Id);
        if (dryRun is null)
        {
            return NotFound();
        }

        if (!dryRun.DryRun || dryRun.State != ImportJobState.Finished || dryRun.Result is null)
        {
            return BadRequest();
        }

        var import = jobs.Enqueue(dryRun.File, dryRun.Format, dryRun.Options, dryRun.AllowPartial, dryRun: false, User.Identity!.Name!, dryRun.Result.Summary.RowsRead);
        return RedirectToPage("/Import/Job", new { id = import.Id, more = More });
    }

    /// <summary>The rejected rows as CSV: line, column, field, reason and the row as the file has it.</summary>
    public IActionResult OnGetRejected()
    {
        Job = jobs.Find(Id);
        if (Job?.Result is null)
        {
            return NotFound();
        }

        var errors = Job.Result.Summary.Errors;
        var lines = errors.Where(e => e.Line > 0).Select(e => e.Line).ToHashSet();
        var texts = ReadLines(uploads.PathOf(Job.File), lines);
        var builder = new StringBuilder();
        using (var text = new StringWriter(builder))
        {
            var csv = new CsvOutputWriter(text);
            csv.WriteHeader(["line", "column", "field", "reason", "row"]);
            foreach (var error in errors)
            {
                csv.Integer(error.Line).Integer(error.Column).Text(error.Field).Text(error.Reason).Text(texts.GetValueOrDefault(error.Line));
                csv.EndRow();
            }
        }

        var name = Path.GetFileNameWithoutExtension(Job.File.OriginalName);
        return File(new UTF8Encoding(true).GetBytes(builder.ToString()), "text/csv; charset=utf-8", $"{name}-rejected.csv");
    }

    private static Dictionary<long, string> ReadLines(string path, HashSet<long> wanted)
    {
        var found = new Dictionary<long, string>();
        if (wanted.Count == 0)
        {
            return found;
        }

        var last = wanted.Max();
        using var reader = TextDecoding.OpenReader(() => System.IO.File.OpenRead(path), null);
        long number = 0;
        while (number < last && reader.ReadLine() is { } line)
        {
            number++;
            if (wanted.Contains(number))
            {
                found[number] = line;
            }
        }

        return found;
    }

    /// <summary>True when the summary can be confirmed into an import.</summary>
    public static bool CanConfirm(ImportJob job) =>
        job.DryRun && job.State == ImportJobState.Finished && job.Result is { } r
        && r.Summary.Outcome == ImportOutcome.DryRun && (r.Summary.ErrorCount == 0 || job.AllowPartial);
}
