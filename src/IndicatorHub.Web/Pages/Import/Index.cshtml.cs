using IndicatorHub.Web.Infrastructure.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Pages.Import;

/// <summary>Why an upload was refused; worded by the page.</summary>
public enum UploadProblem
{
    /// <summary>No problem.</summary>
    None,

    /// <summary>No file was chosen, or the files were empty.</summary>
    NoFile,

    /// <summary>Larger than IndicatorHub:Upload:MaxBytes.</summary>
    TooLarge,
}

/// <summary>/import: analysts upload one or more files; each is kept under a generated name and previewed next.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class IndexModel(UploadStore uploads, IOptions<UploadOptions> options) : PageModel
{
    /// <summary>The files chosen.</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Why the upload was refused.</summary>
    public UploadProblem Problem { get; private set; }

    /// <summary>The configured limit, for the form's hint.</summary>
    public long MaxBytes => options.Value.MaxBytes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var files = Files.Where(f => f.Length > 0).ToList();
        if (files.Count == 0)
        {
            Problem = UploadProblem.NoFile;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (files.Sum(f => f.Length) > options.Value.MaxBytes)
        {
            Problem = UploadProblem.TooLarge;
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }

        var saved = new List<string>();
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            saved.Add((await uploads.SaveAsync(content, file.FileName, User.Identity!.Name!, cancellation).ConfigureAwait(false)).Id);
        }

        return RedirectToPage("/Import/Preview", new { id = saved[0], more = saved.Count > 1 ? string.Join(',', saved.Skip(1)) : null });
    }
}
