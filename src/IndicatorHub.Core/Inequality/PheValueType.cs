namespace IndicatorHub.Core.Inequality;

/// <summary>phe_sii's value_type: how a quantile's value and confidence limits are transformed.</summary>
public enum PheValueType
{
    /// <summary>0: no transformation (e.g. life expectancy).</summary>
    Other = 0,

    /// <summary>1: rates, log transformation.</summary>
    Rate = 1,

    /// <summary>2: proportions between 0 and 1, logit transformation.</summary>
    Proportion = 2,
}
