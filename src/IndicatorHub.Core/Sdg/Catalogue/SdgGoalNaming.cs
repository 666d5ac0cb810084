namespace IndicatorHub.Core.Sdg;

/// <summary>Which Swedish short-name convention to use for goals; the two differ for a few goals (3 and 6).</summary>
public enum SdgGoalNaming
{
    /// <summary>SCB / regeringen.se short names, e.g. "Hälsa och välbefinnande" (the default).</summary>
    Scb = 0,

    /// <summary>globalamalen.se / FN-förbundet short names, e.g. "God hälsa och välbefinnande".</summary>
    Globalamalen = 1,
}
