namespace IndicatorHub.Core.Sdg;

/// <summary>Combined progress of several series (e.g. all indicators of a target).</summary>
/// <param name="Score">Mean score of the assessed series, or null when none could be assessed.</param>
/// <param name="Status">Category of the mean score; target achieved only when every assessed series achieved its target.</param>
/// <param name="AssessedCount">Series that had a score.</param>
public sealed record SdgProgressAggregate(double? Score, SdgProgressStatus Status, int AssessedCount);
