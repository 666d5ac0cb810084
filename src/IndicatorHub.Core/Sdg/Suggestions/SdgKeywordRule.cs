namespace IndicatorHub.Core.Sdg;

/// <summary>
/// One keyword rule: when <see cref="Pattern"/> occurs in an indicator text, <see cref="Goal"/>/<see cref="TargetId"/>
/// gains <see cref="Weight"/> times the field weight.
/// </summary>
/// <param name="Pattern">
/// Space-separated terms matched against consecutive lower-cased words. A trailing <c>*</c> matches any ending
/// (inflections: <c>rök*</c> matches röker, rökning); a leading <c>*</c> matches any beginning (Swedish compounds:
/// <c>*arbetslös*</c> matches långtidsarbetslösa); no star means the whole word.
/// </param>
/// <param name="Goal">Goal the rule points at.</param>
/// <param name="TargetId">Target the rule points at, or null for goal level.</param>
/// <param name="Weight">Evidence strength; 2 for a defining word, 0.3 for a weak hint.</param>
/// <param name="Note">Why the word points there.</param>
public sealed record SdgKeywordRule(string Pattern, int Goal, string? TargetId, double Weight, string? Note = null);
