namespace IndicatorHub.Core.Sdg;

/// <summary>Category thresholds for the progress value, after any reduction for a natural limit.</summary>
/// <param name="High">At or above: on track (1.5 %/year without target, 95 % with).</param>
/// <param name="Medium">At or above: acceleration needed (0.5 %/year without target, 60 % with).</param>
/// <param name="Low">At or above: limited progress; below: deterioration (0).</param>
/// <param name="Coefficient">Limit scaling factor C in [0, 1] already applied to the thresholds; 1 when there is no limit.</param>
public sealed record SdgProgressThresholds(double High, double Medium, double Low, double Coefficient = 1.0);
