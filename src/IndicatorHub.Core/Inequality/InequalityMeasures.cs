namespace IndicatorHub.Core.Inequality;

/// <summary>
/// Measure abbreviations as HEAT writes them in lower case (HEAT-Measures data/HEAT_summary_measures.rda), plus the
/// between-area extras (Gini and percentile ratios/differences) that are not part of HEAT.
/// </summary>
public static class InequalityMeasures
{
    /// <summary>Difference between two subgroups (calc-d.R, d.R).</summary>
    public const string D = "d";
    /// <summary>Ratio between two subgroups (calc-r.R, r.R).</summary>
    public const string R = "r";
    /// <summary>Absolute concentration index (calc-aci.R, aci.R).</summary>
    public const string Aci = "aci";
    /// <summary>Relative concentration index, as a fraction in [-1, 1] (calc-rci.R, rci.R).</summary>
    public const string Rci = "rci";
    /// <summary>Slope index of inequality (calc-sii.R, sii.R).</summary>
    public const string Sii = "sii";
    /// <summary>Relative index of inequality (calc-rii.R, rii.R).</summary>
    public const string Rii = "rii";
    /// <summary>Between-group variance (calc-bgv.R, bgv.R).</summary>
    public const string Bgv = "bgv";
    /// <summary>Between-group standard deviation (calc-bgsd.R, bgsd.R).</summary>
    public const string Bgsd = "bgsd";
    /// <summary>Coefficient of variation, percent (calc-cov.R, covar.R).</summary>
    public const string Cov = "cov";
    /// <summary>Unweighted mean difference from the best performing subgroup (calc-mdbu.R, mdbu.R).</summary>
    public const string Mdbu = "mdbu";
    /// <summary>Weighted mean difference from the best performing subgroup (calc-mdbw.R, mdbw.R).</summary>
    public const string Mdbw = "mdbw";
    /// <summary>Unweighted mean difference from the mean (calc-mdmu.R, mdmu.R).</summary>
    public const string Mdmu = "mdmu";
    /// <summary>Weighted mean difference from the mean (calc-mdmw.R, mdmw.R).</summary>
    public const string Mdmw = "mdmw";
    /// <summary>Unweighted mean difference from the reference subgroup (calc-mdru.R, mdru.R).</summary>
    public const string Mdru = "mdru";
    /// <summary>Weighted mean difference from the reference subgroup (calc-mdrw.R, mdrw.R).</summary>
    public const string Mdrw = "mdrw";
    /// <summary>Unweighted index of disparity, percent (calc-idisu.R, idisu.R).</summary>
    public const string Idisu = "idisu";
    /// <summary>Weighted index of disparity, percent (calc-idisw.R, idisw.R).</summary>
    public const string Idisw = "idisw";
    /// <summary>Theil index ×1000 (calc-ti.R, ti.R).</summary>
    public const string Ti = "ti";
    /// <summary>Mean log deviation ×1000 (calc-mld.R, mld.R).</summary>
    public const string Mld = "mld";
    /// <summary>Population attributable fraction, percent (calc-paf.R, paf.R).</summary>
    public const string Paf = "paf";
    /// <summary>Population attributable risk, indicator units (calc-par.R, parisk.R).</summary>
    public const string Par = "par";
    /// <summary>Population-weighted Gini coefficient between subgroups (not a HEAT measure).</summary>
    public const string Gini = "gini";
    /// <summary>P80/P20 ratio of subgroup estimates, for more than 30 subgroups (not a HEAT measure).</summary>
    public const string P80P20Ratio = "p80p20r";
    /// <summary>P80 − P20 difference of subgroup estimates, for more than 30 subgroups (not a HEAT measure).</summary>
    public const string P80P20Difference = "p80p20d";
    /// <summary>P90/P10 ratio of subgroup estimates, for more than 60 subgroups (not a HEAT measure).</summary>
    public const string P90P10Ratio = "p90p10r";
    /// <summary>P90 − P10 difference of subgroup estimates, for more than 60 subgroups (not a HEAT measure).</summary>
    public const string P90P10Difference = "p90p10d";
    /// <summary>P95/P5 ratio of subgroup estimates, for more than 100 subgroups (not a HEAT measure).</summary>
    public const string P95P5Ratio = "p95p5r";
    /// <summary>P95 − P5 difference of subgroup estimates, for more than 100 subgroups (not a HEAT measure).</summary>
    public const string P95P5Difference = "p95p5d";

    /// <summary>Every measure, in the order results are returned.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        D, R, Paf, Par,
        Aci, Rci, Sii, Rii,
        Bgv, Bgsd, Cov, Mdbu, Mdbw, Mdmu, Mdmw, Mdru, Mdrw, Idisu, Idisw, Ti, Mld,
        Gini, P80P20Ratio, P80P20Difference, P90P10Ratio, P90P10Difference, P95P5Ratio, P95P5Difference,
    ];

    /// <summary>The 21 measures HEAT v6 computes.</summary>
    public static IReadOnlyList<string> Heat { get; } =
    [
        D, R, Paf, Par,
        Aci, Rci, Sii, Rii,
        Bgv, Bgsd, Cov, Mdbu, Mdbw, Mdmu, Mdmw, Mdru, Mdrw, Idisu, Idisw, Ti, Mld,
    ];

    /// <summary>
    /// Whether a measure applies to a dimension of this kind and size, following the applicability flags of HEAT's
    /// summary-measure table (ordered / non-ordered, two / more than two subgroups) and, for the percentile measures,
    /// the subgroup counts at which they become meaningful.
    /// </summary>
    /// <param name="measure">A measure abbreviation.</param>
    /// <param name="orderedDimension">True for an ordered dimension.</param>
    /// <param name="subgroupCount">Number of subgroups in the dimension, including those without an estimate.</param>
    public static bool AppliesTo(string measure, bool orderedDimension, int subgroupCount)
    {
        switch (measure)
        {
            case D or R or Paf or Par:
                return subgroupCount >= 2;
            case Aci or Rci or Sii or Rii:
                return orderedDimension && subgroupCount > 2;
            case P80P20Ratio or P80P20Difference:
                return !orderedDimension && subgroupCount > 30;
            case P90P10Ratio or P90P10Difference:
                return !orderedDimension && subgroupCount > 60;
            case P95P5Ratio or P95P5Difference:
                return !orderedDimension && subgroupCount > 100;
            case Bgv or Bgsd or Cov or Mdbu or Mdbw or Mdmu or Mdmw or Mdru or Mdrw or Idisu or Idisw or Ti or Mld or Gini:
                return !orderedDimension && subgroupCount > 2;
            default:
                return false;
        }
    }
}
