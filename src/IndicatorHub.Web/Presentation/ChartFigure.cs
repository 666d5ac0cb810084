using IndicatorHub.Charts;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Localization;

namespace IndicatorHub.Web.Presentation;

/// <summary>
/// A chart as a page shows it (Pages/Shared/_ChartFigure.cshtml): heading, image from the chart URL, a one-sentence
/// summary, the same data as a table, and download links (PNG, SVG, CSV, print PNG) — all from one URL base.
/// </summary>
/// <param name="Id">HTML id of the figure (anchors and aria).</param>
/// <param name="Heading">The figure's heading (h2/h3 text) and table caption.</param>
/// <param name="Summary">The generated one-sentence summary.</param>
/// <param name="Table">The chart's table, the same the CSV holds.</param>
/// <param name="UrlBase">The chart URL without extension: /charts/areas/1280/indicators/N00923/trend.</param>
/// <param name="Query">Query string options besides culture (e.g. period=2022&amp;area=1280), or empty.</param>
public sealed record ChartFigure(string Id, string Heading, string Summary, ChartTable Table, string UrlBase, string Query = "")
{
    /// <summary>The URL of one format, in the page's language.</summary>
    public string Url(string extension, bool print = false)
    {
        var parts = new List<string>();
        if (Query.Length > 0)
        {
            parts.Add(Query);
        }

        if (print)
        {
            parts.Add("size=print");
        }

        if (UiCulture.IsEnglish)
        {
            parts.Add("culture=en");
        }

        return UrlBase + "." + extension + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
    }

    /// <summary>A cell's text in the page's language.</summary>
    public static string Cell(ChartCell cell) => cell.Number is { } n ? IndicatorText.Value(n) : cell.Text ?? "–";
}
