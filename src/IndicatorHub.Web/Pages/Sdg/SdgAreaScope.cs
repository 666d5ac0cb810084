using IndicatorHub.Core.Areas;
using IndicatorHub.Storage;

namespace IndicatorHub.Web.Pages.Sdg;

/// <summary>
/// The ?area= choice shared by the SDG pages: all municipalities, or one municipality so a planner sees what is
/// known there and where follow-up is blind.
/// </summary>
/// <param name="Municipalities">Every municipality, for the picker.</param>
/// <param name="Selected">The chosen municipality, or null for all.</param>
/// <param name="Requested">What ?area= said, kept to explain an unknown value.</param>
public sealed record SdgAreaScope(IReadOnlyList<Area> Municipalities, Area? Selected, string? Requested)
{
    /// <summary>True when ?area= named something that is not a municipality.</summary>
    public bool Unknown => Requested is not null && Selected is null;

    /// <summary>"?area=0180" to keep the choice on links, or empty.</summary>
    public string Query => Selected is null ? "" : "?area=" + Uri.EscapeDataString(Selected.Code);

    /// <summary>Resolves ?area= (code, Kolada id or name) to a municipality; anything else selects none.</summary>
    public static SdgAreaScope Resolve(IndicatorStore store, string? area)
    {
        var municipalities = store.GetAreas().Where(a => a.Kind == AreaKind.Municipality).OrderBy(a => a.Name, StringComparer.Create(Infrastructure.SwedishFormat.Culture, false)).ToList();
        var requested = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
        var found = requested is null ? null : store.FindArea(requested);
        return new SdgAreaScope(municipalities, found?.Kind == AreaKind.Municipality ? found : null, requested);
    }
}
