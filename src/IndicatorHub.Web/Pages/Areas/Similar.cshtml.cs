using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Similarity;
using IndicatorHub.Web.Infrastructure;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation;
using IndicatorHub.Web.Similarity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Areas;

/// <summary>
/// /areas/{code}/similar?indicators=ID,ID&amp;weights=1,2&amp;year=YYYY&amp;k=7: the k municipalities most similar to a
/// municipality by a weighted distance between z-scores (<see cref="SimilarityCalculator"/>), with the formula, the
/// standardisation behind it and links to each neighbour's profile. Bad fields → 400 with the reason on the page;
/// unknown area → 404.
/// </summary>
public sealed class SimilarModel(ReadConnection read) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "indicators")]
    public string? IndicatorsText { get; set; }

    [BindProperty(SupportsGet = true, Name = "weights")]
    public string? WeightsText { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = "k")]
    public string? CountText { get; set; }

    public Area Area { get; private set; } = null!;

    public SimilarityView? View { get; private set; }

    public string? Problem { get; private set; }

    public bool IsMunicipality => Area.Kind == AreaKind.Municipality;

    public IActionResult OnGet(string code)
    {
        var service = new SimilarityService(read);
        var area = service.FindArea(code);
        if (area is null)
        {
            return NotFound();
        }

        Area = area;
        if (!IsMunicipality)
        {
            return Page();
        }

        if (!SimilarityRequestParser.TryParse(IndicatorsText, WeightsText, YearText, CountText, out var request, out var error)
            || (View = service.Find(area, request, out error)) is null)
        {
            Problem = Describe(error!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>The request problem in words, naming the field.</summary>
    public static string Describe(SimilarityRequestError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var value = error.Value ?? string.Empty;
        return error.Problem switch
        {
            SimilarityRequestProblem.TooManyIndicators => UiCulture.T($"indicators: högst {SimilarityRequestParser.MaxIndicators} indikatorer.", $"indicators: at most {SimilarityRequestParser.MaxIndicators} indicators."),
            SimilarityRequestProblem.UnknownIndicator => UiCulture.T($"indicators: indikatorn {value} finns inte.", $"indicators: there is no indicator {value}."),
            SimilarityRequestProblem.WeightCountMismatch => UiCulture.T("weights: ange en vikt per indikator, eller inga.", "weights: give one weight per indicator, or none."),
            SimilarityRequestProblem.BadWeight => UiCulture.T($"weights: '{value}' är inte ett positivt tal (skriv 1.5 med punkt).", $"weights: '{value}' is not a positive number (write 1.5 with a point)."),
            SimilarityRequestProblem.BadYear => UiCulture.T($"year: '{value}' är inte ett årtal med fyra siffror.", $"year: '{value}' is not a four-digit year."),
            SimilarityRequestProblem.BadCount => UiCulture.T($"k: '{value}' är inte ett heltal från 1 till {SimilarityRequestParser.MaxCount}.", $"k: '{value}' is not a whole number from 1 to {SimilarityRequestParser.MaxCount}."),
            _ => UiCulture.T("Felaktig begäran.", "Bad request."),
        };
    }

    /// <summary>Why an indicator was not used, in words.</summary>
    public static string UseText(SimilarityIndicatorUse use) => use switch
    {
        SimilarityIndicatorUse.Used => UiCulture.T("Används", "Used"),
        SimilarityIndicatorUse.TooFewValues => UiCulture.T("Används inte: färre än två kommuner har värden", "Not used: fewer than two municipalities have values"),
        SimilarityIndicatorUse.NoSpread => UiCulture.T("Används inte: alla kommuner har samma värde", "Not used: every municipality has the same value"),
        _ => UiCulture.T("Används inte: kommunen saknar värde", "Not used: the municipality has no value"),
    };

    /// <summary>The indicator's title as the store has it, or its code.</summary>
    public string Title(string code) => View?.Indicators.FirstOrDefault(i => i.Code == code) is { } info ? IndicatorText.Title(info) : code;

    /// <summary>The summary sentence above the table.</summary>
    public string Summary()
    {
        var view = View!;
        var names = view.Result.Nearest.Select(n => view.Areas.TryGetValue(n.Area, out var a) ? a.Name : n.Area).ToList();
        if (names.Count == 0)
        {
            return view.Result.Problem == SimilarityProblem.TargetHasNoValues || view.Year is null
                ? UiCulture.T($"{Area.Name} saknar värden för de valda indikatorerna, så inga liknande kommuner kan räknas fram.", $"{Area.Name} has no values for the chosen indicators, so no similar municipalities can be found.")
                : UiCulture.T($"Ingen annan kommun har värden för tillräckligt många av de valda indikatorerna {view.Year}.", $"No other municipality has values for enough of the chosen indicators in {view.Year}.");
        }

        var list = string.Join(", ", names);
        return UiCulture.T(
            $"De {names.Count} kommuner som {view.Year} liknar {Area.Name} mest på de valda indikatorerna är, närmast först: {list}.",
            $"The {names.Count} municipalities most similar to {Area.Name} on the chosen indicators in {view.Year} are, nearest first: {list}.");
    }
}
