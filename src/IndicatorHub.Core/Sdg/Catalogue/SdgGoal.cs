using System.Globalization;

namespace IndicatorHub.Core.Sdg;

/// <summary>One of the 17 Sustainable Development Goals.</summary>
/// <param name="Number">1 to 17.</param>
/// <param name="TitleEn">Official UN goal text (A/RES/70/1), e.g. "Ensure healthy lives and promote well-being for all at all ages".</param>
/// <param name="ShortEn">UN short name, e.g. "Good health and well-being".</param>
/// <param name="TitleSv">Swedish goal text (Regeringskansliet's translation), or null when not compiled.</param>
/// <param name="ShortSvScb">SCB / regeringen.se short name, e.g. "Hälsa och välbefinnande".</param>
/// <param name="ShortSvGlobalamalen">globalamalen.se / FN-förbundet short name, e.g. "God hälsa och välbefinnande".</param>
/// <param name="Colour">Official colour and the readable text colour on it.</param>
public sealed record SdgGoal(
    int Number,
    string TitleEn,
    string ShortEn,
    string? TitleSv,
    string? ShortSvScb,
    string? ShortSvGlobalamalen,
    SdgGoalColour Colour)
{
    /// <summary>Short name in <paramref name="language"/>, falling back to English (marked as such) when missing.</summary>
    public SdgText ShortName(string language = SdgText.Swedish, SdgGoalNaming naming = SdgGoalNaming.Scb)
    {
        if (string.Equals(language, SdgText.Swedish, StringComparison.OrdinalIgnoreCase))
        {
            var sv = naming == SdgGoalNaming.Globalamalen ? ShortSvGlobalamalen : ShortSvScb;
            if (!string.IsNullOrEmpty(sv))
            {
                return new SdgText(sv, SdgText.Swedish);
            }
        }

        return new SdgText(ShortEn, SdgText.English);
    }

    /// <summary>Full goal text in <paramref name="language"/>, falling back to English when missing.</summary>
    public SdgText Title(string language = SdgText.Swedish) =>
        string.Equals(language, SdgText.Swedish, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(TitleSv)
            ? new SdgText(TitleSv, SdgText.Swedish)
            : new SdgText(TitleEn, SdgText.English);

    /// <summary>Heading such as "Mål 3 Hälsa och välbefinnande" or "Goal 3 Good health and well-being".</summary>
    public SdgText DisplayName(string language = SdgText.Swedish, SdgGoalNaming naming = SdgGoalNaming.Scb)
    {
        var name = ShortName(language, naming);
        var word = name.IsIn(SdgText.Swedish) ? "Mål" : "Goal";
        return name with { Text = string.Create(CultureInfo.InvariantCulture, $"{word} {Number} {name.Text}") };
    }
}
