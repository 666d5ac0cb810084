using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Presentation;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Web.Infrastructure.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Pages.Import;

/// <summary>Why a preview form was refused; worded by the page.</summary>
public enum PreviewProblem
{
    /// <summary>No problem.</summary>
    None,

    /// <summary>The format name is not one of the importers'.</summary>
    UnknownFormat,

    /// <summary>A mapping name is needed to save a mapping.</summary>
    MappingNameMissing,
}

/// <summary>
/// /import/preview?id=…: the detected format, encoding and delimiter, the first rows, and (for IndicatorHub's
/// long CSV) the column mapping, editable and savable by name. Starts the dry run.
/// </summary>
public sealed class PreviewModel(
    UploadStore uploads, FormatDetector detector, ImportJobs jobs, IndicatorStore store, ReadConnection read, IOptions<UploadOptions> options, TimeProvider clock)
    : PageModel
{
    /// <summary>The canonical long-CSV columns the mapping form offers.</summary>
    public static IReadOnlyList<string> MappableColumns { get; } = LongCsvColumns.ExportOrder.Where(c => c != LongCsvColumns.Batch).ToList();

    /// <summary>The upload's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    /// <summary>Other uploads of the same form, comma-separated, previewed after this one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? More { get; set; }

    /// <summary>Format name, "auto" to use the detected one.</summary>
    [BindProperty]
    public string Format { get; set; } = "auto";

    /// <summary>Indicator id for files that name none.</summary>
    [BindProperty]
    public string? IndicatorId { get; set; }

    /// <summary>Keep the good rows of a file with bad ones.</summary>
    [BindProperty]
    public bool AllowPartial { get; set; }

    /// <summary>Canonical column → the file's header, for long CSV.</summary>
    [BindProperty]
    public Dictionary<string, string> Mapping { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A saved mapping to apply.</summary>
    [BindProperty(SupportsGet = true)]
    public string? SavedMapping { get; set; }

    /// <summary>Name to save the mapping under.</summary>
    [BindProperty]
    public string? MappingName { get; set; }

    public UploadedFile? Upload { get; private set; }

    public UploadPreview? Preview { get; private set; }

    public IReadOnlyList<SavedColumnMapping> SavedMappings { get; private set; } = [];

    public PreviewProblem Problem { get; private set; }

    /// <summary>True after a mapping was saved.</summary>
    public bool MappingSaved { get; private set; }

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    public IActionResult OnPostDryRun()
    {
        if (!Load())
        {
            return NotFound();
        }

        if (!ImportFormatNames.TryParse(Format, out var format))
        {
            Problem = PreviewProblem.UnknownFormat;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var parseOptions = new ParseOptions
        {
            IndicatorId = string.IsNullOrWhiteSpace(IndicatorId) ? null : IndicatorId.Trim(),
            ColumnMapping = EffectiveMapping(),
        };
        var job = jobs.Enqueue(Upload!, format, parseOptions, AllowPartial, dryRun: true, User.Identity!.Name!);
        return RedirectToPage("/Import/Job", new { id = job.Id, more = More });
    }

    public IActionResult OnPostSaveMapping()
    {
        if (!Load())
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(MappingName) || MappingName.Length > 100)
        {
            Problem = PreviewProblem.MappingNameMissing;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        ColumnMappings.Save(store.Connections, clock, new SavedColumnMapping(MappingName.Trim(), EffectiveMapping() ?? new Dictionary<string, string>()), User.Identity!.Name!);
        SavedMappings = ColumnMappings.List(read.Connection);
        MappingSaved = true;
        return Page();
    }

    /// <summary>The mapping to use: only columns whose header differs from the canonical name, null when none.</summary>
    private Dictionary<string, string>? EffectiveMapping()
    {
        var mapping = Mapping
            .Where(m => MappableColumns.Contains(m.Key, StringComparer.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(m.Value))
            .ToDictionary(m => m.Key, m => m.Value.Trim(), StringComparer.OrdinalIgnoreCase);
        return mapping.Count == 0 ? null : mapping;
    }

    private bool Load()
    {
        Upload = uploads.Find(Id);
        if (Upload is null)
        {
            return false;
        }

        var path = uploads.PathOf(Upload);
        Preview = UploadPreview.Read(ImportSource.FromFile(path) with { Name = Upload.OriginalName }, detector, options.Value.PreviewRows);
        SavedMappings = ColumnMappings.List(read.Connection);
        if (Request.Method == HttpMethods.Get)
        {
            var saved = SavedMappings.FirstOrDefault(m => m.Name == SavedMapping);
            Mapping = saved is null
                ? MappableColumns.ToDictionary(c => c, c => Preview.Header.FirstOrDefault(h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase)) ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(saved.Columns, StringComparer.OrdinalIgnoreCase);
        }

        return true;
    }
}
