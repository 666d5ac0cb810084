namespace IndicatorHub.Core.Inequality;

/// <summary>One quantile (e.g. deprivation decile) of one area for <see cref="PheSlopeIndex"/>.</summary>
/// <param name="Quantile">Quantile number, 1 = most deprived.</param>
/// <param name="Population">Population of the quantile; must be positive.</param>
/// <param name="Value">Indicator value (a proportion between 0 and 1 for <see cref="PheValueType.Proportion"/>).</param>
/// <param name="LowerCl">Lower 95 % confidence limit of the value, used when <paramref name="Se"/> is null.</param>
/// <param name="UpperCl">Upper 95 % confidence limit of the value, used when <paramref name="Se"/> is null.</param>
/// <param name="Se">
/// Standard error on the transformed scale of the value type (log for rates, logit for proportions), as phe_sii takes it.
/// </param>
public sealed record PheQuantileInput(
    int Quantile,
    double Population,
    double Value,
    double? LowerCl = null,
    double? UpperCl = null,
    double? Se = null);
