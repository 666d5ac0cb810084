namespace IndicatorHub.Core.Sdg;

/// <summary>Where an indicator → goal/target mapping came from.</summary>
public enum SdgMappingSource
{
    /// <summary>The mapping file shipped with IndicatorHub (data/sdg/curated_mapping.csv).</summary>
    Curated = 0,

    /// <summary>Derived from Kolada's Agenda 2030 KPI groups.</summary>
    Kolada = 1,

    /// <summary>Added or changed by an analyst.</summary>
    Analyst = 2,

    /// <summary>A keyword suggestion that an analyst accepted (<see cref="SdgSuggester.Accept"/>).</summary>
    Suggestion = 3,
}
