namespace IndicatorHub.Core.Sdg;

/// <summary>
/// A proposed goal/target for an unmapped indicator. It is not a mapping until an analyst accepts it
/// (<see cref="SdgSuggester.Accept"/>).
/// </summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Goal">Suggested goal.</param>
/// <param name="TargetId">Suggested target, or null for goal level.</param>
/// <param name="Score">Sum of the evidence contributions; comparable between suggestions for the same indicator.</param>
/// <param name="Evidence">The keyword hits, strongest first.</param>
public sealed record SdgSuggestion(string IndicatorId, int Goal, string? TargetId, double Score, IReadOnlyList<SdgSuggestionEvidence> Evidence)
{
    /// <summary>The distinct words that triggered the suggestion, strongest first (for display: "röker, tobak").</summary>
    public IReadOnlyList<string> TriggerWords => Evidence.Select(e => e.MatchedText).Distinct(StringComparer.Ordinal).ToArray();
}
