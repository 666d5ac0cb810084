namespace IndicatorHub.Core.Sdg;

/// <summary>Swedish names of the progress categories, shared by the CLI and the pages.</summary>
public static class SdgProgressLabels
{
    /// <summary>"Uppnått", "På väg", "Behöver accelereras", "Begränsade framsteg", "Försämring" or "Kan inte bedömas".</summary>
    public static string Swedish(SdgProgressStatus status) => status switch
    {
        SdgProgressStatus.TargetAchieved => "Uppnått",
        SdgProgressStatus.OnTrack => "På väg",
        SdgProgressStatus.AccelerationNeeded => "Behöver accelereras",
        SdgProgressStatus.LimitedProgress => "Begränsade framsteg",
        SdgProgressStatus.Deterioration => "Försämring",
        _ => "Kan inte bedömas",
    };
}
