namespace IndicatorHub.Core.Sdg;

/// <summary>One keyword hit behind a suggestion.</summary>
/// <param name="Pattern">The rule pattern that matched, e.g. "rök*".</param>
/// <param name="MatchedText">The words as they occur in the text (lower-cased), e.g. "röker".</param>
/// <param name="Field">Where the words were found.</param>
/// <param name="Contribution">Rule weight × field weight added to the score.</param>
public sealed record SdgSuggestionEvidence(string Pattern, string MatchedText, SdgTextField Field, double Contribution);
