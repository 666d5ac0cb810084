using IndicatorHub.Presentation.Localization;

namespace IndicatorHub.Web.Pages.Sources;

/// <summary>Words for a batch's stored status, in the page's language.</summary>
public static class SourceText
{
    /// <summary>"Lagrad"/"Stored", "Delvis lagrad"/"Partly stored" or "Avvisad"/"Rejected".</summary>
    public static string Status(string status) => status switch
    {
        "stored" => UiCulture.T("Lagrad", "Stored"),
        "partial" => UiCulture.T("Delvis lagrad", "Partly stored"),
        _ => UiCulture.T("Avvisad", "Rejected"),
    };
}
