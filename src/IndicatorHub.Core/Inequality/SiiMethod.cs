namespace IndicatorHub.Core.Inequality;

/// <summary>How the slope and relative index of inequality (sii, rii) are estimated.</summary>
public enum SiiMethod
{
    /// <summary>
    /// HEAT v6 / healthequal default: logistic regression of counts on relative rank, HC1 sandwich standard errors;
    /// falls back to <see cref="Linear"/> when an estimate lies outside [0, scale] (life expectancy, counts), where
    /// HEAT's calc_sii returns NA.
    /// </summary>
    Heat = 0,

    /// <summary>healthequal's linear = TRUE: population-weighted least squares on relative rank, HC1 standard errors.</summary>
    Linear = 1,

    /// <summary>PHE/UKHSA phe_sii: the same weighted linear fit with Monte Carlo confidence limits (see <see cref="PheSlopeIndex"/>).</summary>
    Phe = 2,
}
