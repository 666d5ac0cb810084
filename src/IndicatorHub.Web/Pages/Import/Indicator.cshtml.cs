using System.Globalization;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Indicators;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Queries.Sdg;
using IndicatorHub.Storage.Writing;
using IndicatorHub.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Import;

/// <summary>
/// /import/indicator?code=…: the metadata form for an indicator an import created (title, unit, direction, scale,
/// description) with the SDG keyword suggestions for it, any of which the analyst accepts as mappings in the same
/// post. Saved in the database's writer turn, in one transaction with its audit entries.
/// </summary>
public sealed class IndicatorModel(ReadConnection read, IndicatorStore store, WriterGate gate, TimeProvider clock) : PageModel
{
    /// <summary>The indicator's code.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>The import job that led here, for the way back.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Job { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    /// <summary>"higher", "lower" or "unknown".</summary>
    [BindProperty]
    public string? Direction { get; set; }

    /// <summary>As typed: 100, 1000, 1, with a decimal point or comma.</summary>
    [BindProperty]
    public string? Scale { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    /// <summary>The suggestions accepted, each "goal" or "goal:target".</summary>
    [BindProperty]
    public List<string> Accept { get; set; } = [];

    public Indicator? Indicator { get; private set; }

    public IReadOnlyList<SdgSuggestion> Suggestions { get; private set; } = [];

    /// <summary>The outcome of the save just asked for; null on a visit.</summary>
    public IndicatorEditResult? Result { get; private set; }

    /// <summary>The scale field could not be read as a number.</summary>
    public bool ScaleUnreadable { get; private set; }

    /// <summary>The key a suggestion is accepted by.</summary>
    public static string KeyOf(SdgSuggestion suggestion) =>
        suggestion.TargetId is { } target ? $"{suggestion.Goal.ToString(CultureInfo.InvariantCulture)}:{target}" : suggestion.Goal.ToString(CultureInfo.InvariantCulture);

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return NotFound();
        }

        Title = Indicator!.Title;
        Unit = Indicator.Unit;
        Direction = Indicator.HigherIsBetter switch { true => "higher", false => "lower", _ => "unknown" };
        Scale = Indicator.Scale?.ToString(CultureInfo.InvariantCulture);
        Description = Indicator.Description;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!Load())
        {
            return NotFound();
        }

        double? scale = null;
        if (!string.IsNullOrWhiteSpace(Scale))
        {
            if (!double.TryParse(Scale.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                ScaleUnreadable = true;
                Result = IndicatorEditResult.InvalidScale;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            scale = parsed;
        }

        var byKey = Suggestions.ToDictionary(KeyOf, StringComparer.Ordinal);
        if (Accept.Any(key => !byKey.ContainsKey(key)))
        {
            // Only what the page offered may be accepted; anything else is a forged or stale form.
            Result = IndicatorEditResult.ForeignSuggestion;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var direction = Direction switch { "higher" => true, "lower" => (bool?)false, _ => null };
        var edit = new IndicatorMetadataEdit(Title ?? string.Empty, Unit, direction, scale, Description);
        var accepted = Accept.Distinct(StringComparer.Ordinal).Select(key => byKey[key]).ToList();
        using (await gate.EnterAsync(cancellation: cancellation).ConfigureAwait(false))
        {
            Result = new IndicatorMetadataWriter(store.Connections, clock).Save(Indicator!.Id, edit, accepted, User.Identity!.Name!);
        }

        Response.StatusCode = Result switch
        {
            IndicatorEditResult.Done => StatusCodes.Status200OK,
            IndicatorEditResult.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        if (Result == IndicatorEditResult.Done)
        {
            // The new title and description may suggest other goals: the page offers those next.
            Accept = [];
            Load();
        }

        return Page();
    }

    private bool Load()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return false;
        }

        Indicator = IndicatorLookupQuery.Run(read.Connection, Code.Trim());
        if (Indicator is null)
        {
            return false;
        }

        Suggestions = SdgSuggestionQuery.ForIndicator(read.Connection, Indicator.Id, maxResults: 8)?.Suggestions ?? [];
        return true;
    }
}
