using System.Globalization;

namespace IndicatorHub.Core.Inequality;

/// <summary>
/// Computes WHO HEAT v6's summary measures of health inequality (healthequal 1.0.1 / heatmeasures formulas), plus a
/// population-weighted Gini and percentile ratios for many-area comparisons, for one group of subgroups.
/// </summary>
/// <remarks>
/// <para>
/// Which measures apply follows HEAT's summary-measure table: d, r, paf and par for every dimension; aci, rci, sii and
/// rii for ordered dimensions with more than two subgroups; bgv, bgsd, cov, md*, idis*, ti, mld (and gini) for non-ordered
/// dimensions with more than two subgroups; percentile ratios and differences above 30, 60 and 100 subgroups.
/// </para>
/// <para>
/// Missing data: subgroups without an estimate are dropped first, as HEAT does. Ordered-dimension measures need every
/// subgroup; d and r in an ordered dimension need its two extremes; every other measure needs at least 85 % of the
/// subgroups. Measures that need populations need them for every subgroup with an estimate. When a measure cannot be
/// computed its <see cref="MeasureResult.NotComputedReason"/> says why; nothing throws for bad data.
/// </para>
/// <para>
/// Sign conventions. d and r compare the subgroup HEAT picks so that, without a reference subgroup, d &gt; 0 and r &gt; 1 mean
/// the disadvantaged (ordered) or the worst subgroup (non-ordered: highest − lowest) is worse off; with a reference,
/// favourable indicators use reference − lowest other and adverse indicators highest other − reference (negative when the
/// reference is not the better one). aci, rci, sii and
/// rii are never flipped: positive aci/rci/sii (rii &gt; 1) means higher values among the advantaged, which for an adverse
/// indicator (mortality) means the burden lies with the advantaged; the usual adverse finding is therefore negative
/// (rii &lt; 1). paf and par are ≥ 0 for favourable and ≤ 0 for adverse indicators, clipped to 0 when the reference is
/// worse than the mean. The dispersion measures (bgv to mld, gini, percentile measures) are ≥ 0 whatever the direction.
/// </para>
/// <para>
/// Deliberate differences from HEAT's code, each documented where it is implemented:
/// standard errors are on the estimate's own scale — sii's in indicator units (HEAT: 0–1 proportion scale), paf's in
/// percent (HEAT: a fraction), ti's and mld's ×1000 like the indices (HEAT: unscaled) — so estimate ± z·se is the reported
/// interval; sii falls back to the linear fit when values exceed the scale (HEAT: NA); equal estimates give sii = 0 and
/// rii = 1 without a fit; simulated mdru/mdrw measure distances from the reference subgroup's draw (HEAT: from the best
/// draw) and simulated mdmu/idisu recompute μ from the draws when populations are known; the simulation uses its own
/// seeded generator (<see cref="InequalityRandom"/>), so its limits match HEAT's only within Monte Carlo error; d and r of
/// non-ordered dimensions also need 85 % of subgroups (HEAT: any two).
/// </para>
/// </remarks>
public static class InequalityCalculator
{
    private static readonly string[] SimulatedMeasures =
    [
        InequalityMeasures.Bgsd, InequalityMeasures.Cov, InequalityMeasures.Mdbu, InequalityMeasures.Mdbw,
        InequalityMeasures.Mdmu, InequalityMeasures.Mdmw, InequalityMeasures.Mdru, InequalityMeasures.Mdrw,
        InequalityMeasures.Idisu, InequalityMeasures.Idisw, InequalityMeasures.Gini,
        InequalityMeasures.P80P20Ratio, InequalityMeasures.P80P20Difference, InequalityMeasures.P90P10Ratio,
        InequalityMeasures.P90P10Difference, InequalityMeasures.P95P5Ratio, InequalityMeasures.P95P5Difference,
    ];

    /// <summary>Computes the measures for one group.</summary>
    /// <param name="subgroups">The subgroups of one setting × period × indicator × dimension.</param>
    /// <param name="context">Indicator direction and scale, dimension kind and setting average.</param>
    /// <param name="options">Which measures and methods; null for HEAT's defaults.</param>
    /// <returns>One result per measure: every applicable measure, or exactly the requested ones in the order requested.</returns>
    /// <exception cref="ArgumentException">The context or options are invalid (scale not positive, level outside (0, 1)).</exception>
    public static IReadOnlyList<MeasureResult> Compute(
        IReadOnlyList<SubgroupEstimate> subgroups, InequalityContext context, InequalityOptions? options = null)
    {
        var results = new List<MeasureResult>(8);
        ComputeInto(subgroups, context, options ?? InequalityOptions.Default, results);
        return results;
    }

    /// <summary>
    /// Computes the measures for one group into a caller-owned collection, so bulk runs can reuse one list per thread.
    /// </summary>
    /// <param name="subgroups">The subgroups of one setting × period × indicator × dimension.</param>
    /// <param name="context">Indicator direction and scale, dimension kind and setting average.</param>
    /// <param name="options">Which measures and methods.</param>
    /// <param name="destination">Receives one result per measure; it is not cleared first.</param>
    /// <exception cref="ArgumentException">The context or options are invalid.</exception>
    public static void ComputeInto(
        IReadOnlyList<SubgroupEstimate> subgroups,
        InequalityContext context,
        InequalityOptions options,
        ICollection<MeasureResult> destination)
    {
        ArgumentNullException.ThrowIfNull(subgroups);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(destination);
        if (!(context.Scale > 0) || !double.IsFinite(context.Scale))
        {
            throw new ArgumentException("The indicator scale must be a positive number.", nameof(context));
        }

        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw new ArgumentException("The confidence level must lie strictly between 0 and 1.", nameof(options));
        }

        if (options.SimulationDraws < 0)
        {
            throw new ArgumentException("The number of simulation draws cannot be negative.", nameof(options));
        }

        var data = InequalityGroupData.ForCurrentThread();
        data.Load(subgroups, context);
        var evaluation = new Evaluation(data, context, options);
        if (options.Measures is { } requested)
        {
            foreach (var measure in requested)
            {
                destination.Add(evaluation.Evaluate(measure));
            }

            return;
        }

        foreach (var measure in InequalityMeasures.All)
        {
            if (InequalityMeasures.AppliesTo(measure, context.OrderedDimension, data.TotalCount))
            {
                destination.Add(evaluation.Evaluate(measure));
            }
        }
    }

    /// <summary>Per-call state: measures computed in pairs (d/r, paf/par, aci/rci, sii/rii) are computed once.</summary>
    private sealed class Evaluation(InequalityGroupData data, InequalityContext context, InequalityOptions options)
    {
        private readonly double _z = InequalityStatistics.TwoSidedZ(options.ConfidenceLevel);
        private MeasureResult? _d, _r, _paf, _par, _aci, _rci, _sii, _rii;
        private bool _drawsTried;

        public MeasureResult Evaluate(string measure)
        {
            if (!InequalityMeasures.AppliesTo(measure, context.OrderedDimension, data.TotalCount))
            {
                return MeasureResult.NotComputed(measure, NotApplicableReason(measure));
            }

            if (data.Count == 0)
            {
                return MeasureResult.NotComputed(measure, "No subgroup has an estimate.");
            }

            if (data.AllZero)
            {
                return MeasureResult.NotComputed(measure, "All subgroup estimates are zero.");
            }

            switch (measure)
            {
                case InequalityMeasures.D or InequalityMeasures.R:
                    PairwiseMeasures();
                    return measure == InequalityMeasures.D ? _d! : _r!;
                case InequalityMeasures.Paf or InequalityMeasures.Par:
                    AttributableMeasures();
                    return measure == InequalityMeasures.Paf ? _paf! : _par!;
                case InequalityMeasures.Aci or InequalityMeasures.Rci:
                    ConcentrationMeasures();
                    return measure == InequalityMeasures.Aci ? _aci! : _rci!;
                case InequalityMeasures.Sii or InequalityMeasures.Rii:
                    SlopeMeasures();
                    return measure == InequalityMeasures.Sii ? _sii! : _rii!;
                default:
                    return DispersionMeasure(measure);
            }
        }

        private void PairwiseMeasures()
        {
            if (_d is not null)
            {
                return;
            }

            string? reason = null;
            if (data.TotalCount == 2 && data.Count < 2)
            {
                reason = "Both subgroups of a two-subgroup dimension need an estimate.";
            }
            else if (!context.OrderedDimension || data.RefFlagCount == 1)
            {
                reason = CoverageReason();
            }

            if (reason is null && InequalityPairwise.TrySelect(data, context, out var i1, out var i2, out reason))
            {
                _d = InequalityPairwise.Difference(data, i1, i2, _z);
                _r = InequalityPairwise.Ratio(data, i1, i2, _z);
                return;
            }

            _d = MeasureResult.NotComputed(InequalityMeasures.D, reason!);
            _r = MeasureResult.NotComputed(InequalityMeasures.R, reason!);
        }

        private void AttributableMeasures()
        {
            if (_paf is not null)
            {
                return;
            }

            var reason = CoverageReason();
            if (reason is null && !data.HasMean)
            {
                reason = "paf and par need the population of every subgroup with an estimate, or the setting average.";
            }

            if (reason is null && data.Mean == 0)
            {
                reason = "The mean is zero, so the attributable fraction is undefined.";
            }

            if (reason is null && InequalityAttributable.TrySelectReference(data, context, out var reference, out reason))
            {
                InequalityAttributable.Compute(data, context, reference, _z, out var paf, out var par);
                _paf = paf;
                _par = par;
                return;
            }

            _paf = MeasureResult.NotComputed(InequalityMeasures.Paf, reason!);
            _par = MeasureResult.NotComputed(InequalityMeasures.Par, reason!);
        }

        private void ConcentrationMeasures()
        {
            if (_aci is not null)
            {
                return;
            }

            if (OrderedReason() is { } reason)
            {
                _aci = MeasureResult.NotComputed(InequalityMeasures.Aci, reason);
                _rci = MeasureResult.NotComputed(InequalityMeasures.Rci, reason);
                return;
            }

            InequalityConcentration.Compute(data, _z, out var aci, out var rci);
            _aci = aci;
            _rci = rci;
        }

        private void SlopeMeasures()
        {
            if (_sii is not null)
            {
                return;
            }

            if (OrderedReason() is { } reason)
            {
                _sii = MeasureResult.NotComputed(InequalityMeasures.Sii, reason);
                _rii = MeasureResult.NotComputed(InequalityMeasures.Rii, reason);
                return;
            }

            InequalitySlope.Compute(data, context, options, _z, out var sii, out var rii);
            _sii = sii;
            _rii = rii;
        }

        private MeasureResult DispersionMeasure(string measure)
        {
            if (CoverageReason() is { } coverage)
            {
                return MeasureResult.NotComputed(measure, coverage);
            }

            var needsPopulation = measure is not (InequalityMeasures.Mdbu or InequalityMeasures.Mdru or InequalityMeasures.Mdmu
                or InequalityMeasures.Idisu) && !IsPercentile(measure);
            if (needsPopulation && !data.AllPopPresent)
            {
                return MeasureResult.NotComputed(measure, measure + " needs the population of every subgroup with an estimate.");
            }

            if (measure is InequalityMeasures.Mdmu or InequalityMeasures.Idisu && !data.HasMean)
            {
                return MeasureResult.NotComputed(measure, measure + " needs the population of every subgroup with an estimate, or the setting average.");
            }

            if (measure is InequalityMeasures.Cov or InequalityMeasures.Idisu or InequalityMeasures.Idisw
                    or InequalityMeasures.Gini or InequalityMeasures.Mld or InequalityMeasures.Ti && !(data.Mean > 0))
            {
                return MeasureResult.NotComputed(measure, "The mean is not positive, so " + measure + " is undefined.");
            }

            if (measure is InequalityMeasures.Ti or InequalityMeasures.Mld && HasNegativeEstimate())
            {
                return MeasureResult.NotComputed(measure, measure + " is undefined for negative estimates.");
            }

            if (measure is InequalityMeasures.Mdru or InequalityMeasures.Mdrw && data.RefIndex < 0)
            {
                return MeasureResult.NotComputed(measure, data.RefFlagCount switch
                {
                    0 => measure + " needs a reference subgroup.",
                    1 => "The reference subgroup has no estimate.",
                    _ => "Only one subgroup may be flagged as the reference subgroup.",
                });
            }

            var y = data.Est.AsSpan(0, data.Count);
            var value = Dispersion(measure, y);
            if (!double.IsFinite(value))
            {
                return MeasureResult.NotComputed(measure, measure + " is undefined for these estimates.");
            }

            switch (measure)
            {
                case InequalityMeasures.Bgv:
                    return WithAnalyticSe(measure, value, data.AllSePresent
                        ? InequalityDispersion.BgvSe(y, data.Se.AsSpan(0, data.Count), data.Share.AsSpan(0, data.Count))
                        : double.NaN);
                case InequalityMeasures.Ti:
                    return WithAnalyticSe(measure, value, data.AllSePresent
                        ? InequalityDispersion.TheilSe(y, data.Se.AsSpan(0, data.Count), data.Share.AsSpan(0, data.Count))
                        : double.NaN);
                case InequalityMeasures.Mld:
                    return WithAnalyticSe(measure, value, data.AllSePresent
                        ? InequalityDispersion.MeanLogDeviationSe(y, data.Se.AsSpan(0, data.Count), data.Share.AsSpan(0, data.Count))
                        : double.NaN);
                default:
                    return WithSimulation(measure, value);
            }
        }

        private MeasureResult WithAnalyticSe(string measure, double value, double se) =>
            double.IsFinite(se)
                ? new MeasureResult(measure, value, se, value - _z * se, value + _z * se, null)
                : new MeasureResult(measure, value, null, null, null, null);

        private MeasureResult WithSimulation(string measure, double value)
        {
            if (Array.IndexOf(SimulatedMeasures, measure) < 0 || !EnsureDraws())
            {
                return new MeasureResult(measure, value, null, null, null, null);
            }

            var n = data.Count;
            var results = data.DrawResults.AsSpan(0, data.DrawCount);
            if (IsPercentile(measure) || measure == InequalityMeasures.Gini)
            {
                InequalitySimulation.EnsureSorted(data);
                for (var d = 0; d < data.DrawCount; d++)
                {
                    var sorted = data.SortedDraws.AsSpan(d * n, n);
                    results[d] = measure == InequalityMeasures.Gini
                        ? InequalityDispersion.GiniSorted(sorted, data.SortedDrawShares.AsSpan(d * n, n))
                        : Percentile(measure, sorted);
                }
            }
            else
            {
                for (var d = 0; d < data.DrawCount; d++)
                {
                    results[d] = Dispersion(measure, data.Draws.AsSpan(d * n, n));
                }
            }

            return InequalitySimulation.TryInterval(results, options.ConfidenceLevel, out var lower, out var upper)
                ? new MeasureResult(measure, value, null, lower, upper, null)
                : new MeasureResult(measure, value, null, null, null, null);
        }

        private bool EnsureDraws()
        {
            if (!_drawsTried)
            {
                _drawsTried = true;
                if (options.SimulationDraws > 0 && data.AllSePresent)
                {
                    InequalitySimulation.Draw(data, context.Scale, options.SimulationDraws, options.SimulationSeed);
                }
            }

            return data.DrawCount > 0;
        }

        /// <summary>A non-ordered measure evaluated on a set of estimates (the observed ones or one draw).</summary>
        private double Dispersion(string measure, ReadOnlySpan<double> y)
        {
            var share = data.Share.AsSpan(0, data.Count);
            switch (measure)
            {
                case InequalityMeasures.Bgv:
                    return InequalityDispersion.Bgv(y, share);
                case InequalityMeasures.Bgsd:
                    return InequalityDispersion.Bgsd(y, share);
                case InequalityMeasures.Cov:
                    return InequalityDispersion.Cov(y, share);
                case InequalityMeasures.Mdbu:
                    return InequalityDispersion.MeanAbsoluteDeviation(y, InequalityDispersion.Best(y, context.FavourableIndicator));
                case InequalityMeasures.Mdbw:
                    return InequalityDispersion.WeightedAbsoluteDeviation(y, share, InequalityDispersion.Best(y, context.FavourableIndicator));
                case InequalityMeasures.Mdmu:
                    return InequalityDispersion.MeanAbsoluteDeviation(y, Centre(y));
                case InequalityMeasures.Mdmw:
                    return InequalityDispersion.WeightedAbsoluteDeviation(y, share, InequalityDispersion.WeightedMean(y, share));
                case InequalityMeasures.Mdru:
                    return InequalityDispersion.MeanAbsoluteDeviation(y, y[data.RefIndex]);
                case InequalityMeasures.Mdrw:
                    return InequalityDispersion.WeightedAbsoluteDeviation(y, share, y[data.RefIndex]);
                case InequalityMeasures.Idisu:
                    var centre = Centre(y);
                    return 100.0 * InequalityDispersion.MeanAbsoluteDeviation(y, centre) / centre;
                case InequalityMeasures.Idisw:
                    var mean = InequalityDispersion.WeightedMean(y, share);
                    return 100.0 * InequalityDispersion.WeightedAbsoluteDeviation(y, share, mean) / mean;
                case InequalityMeasures.Ti:
                    return InequalityDispersion.Theil(y, share);
                case InequalityMeasures.Mld:
                    return InequalityDispersion.MeanLogDeviation(y, share);
                case InequalityMeasures.Gini:
                    return InequalityDispersion.Gini(y, share, data.Scratch1.AsSpan(0, y.Length), data.Scratch2.AsSpan(0, y.Length));
                default:
                    var sorted = data.Scratch1.AsSpan(0, y.Length);
                    y.CopyTo(sorted);
                    sorted.Sort();
                    return Percentile(measure, sorted);
            }
        }

        /// <summary>μ for the unweighted measures: the weighted mean when populations are known, else the setting average.</summary>
        private double Centre(ReadOnlySpan<double> y) =>
            data.AllPopPresent ? InequalityDispersion.WeightedMean(y, data.Share.AsSpan(0, data.Count)) : data.Mean;

        /// <summary>
        /// Percentile ratios and differences of the subgroup estimates (sorted ascending), unweighted, with R's type-7
        /// quantiles. Ratios are high / low and differences high − low for every indicator, so they are ≥ 1 and ≥ 0
        /// whatever the direction.
        /// </summary>
        private static double Percentile(string measure, ReadOnlySpan<double> sorted)
        {
            var (low, high, ratio) = measure switch
            {
                InequalityMeasures.P80P20Ratio => (0.2, 0.8, true),
                InequalityMeasures.P80P20Difference => (0.2, 0.8, false),
                InequalityMeasures.P90P10Ratio => (0.1, 0.9, true),
                InequalityMeasures.P90P10Difference => (0.1, 0.9, false),
                InequalityMeasures.P95P5Ratio => (0.05, 0.95, true),
                InequalityMeasures.P95P5Difference => (0.05, 0.95, false),
                _ => throw new ArgumentException("Unknown measure " + measure, nameof(measure)),
            };

            var pl = InequalityStatistics.QuantileType7(sorted, low);
            var ph = InequalityStatistics.QuantileType7(sorted, high);
            if (!ratio)
            {
                return ph - pl;
            }

            return pl > 0 ? ph / pl : double.NaN;
        }

        private string? OrderedReason()
        {
            if (!data.OrdersValid)
            {
                return "Every subgroup of an ordered dimension needs its own subgroup order.";
            }

            if (data.Count < data.TotalCount)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"Measures of ordered dimensions need an estimate for every subgroup; {data.TotalCount - data.Count} of {data.TotalCount} are missing.");
            }

            return data.AllPopPresent ? null : "Measures of ordered dimensions need the population of every subgroup.";
        }

        private string? CoverageReason() =>
            data.AvailableFraction < 0.85
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Only {data.Count} of {data.TotalCount} subgroups have an estimate; at least 85 % are needed.")
                : null;

        private bool HasNegativeEstimate()
        {
            for (var j = 0; j < data.Count; j++)
            {
                if (data.Est[j] < 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPercentile(string measure) =>
            measure is InequalityMeasures.P80P20Ratio or InequalityMeasures.P80P20Difference or InequalityMeasures.P90P10Ratio
                or InequalityMeasures.P90P10Difference or InequalityMeasures.P95P5Ratio or InequalityMeasures.P95P5Difference;

        private static string NotApplicableReason(string measure) => measure switch
        {
            InequalityMeasures.D or InequalityMeasures.R or InequalityMeasures.Paf or InequalityMeasures.Par =>
                measure + " needs at least two subgroups.",
            InequalityMeasures.Aci or InequalityMeasures.Rci or InequalityMeasures.Sii or InequalityMeasures.Rii =>
                measure + " applies only to ordered dimensions with more than two subgroups.",
            InequalityMeasures.P80P20Ratio or InequalityMeasures.P80P20Difference =>
                measure + " applies only to non-ordered dimensions with more than 30 subgroups.",
            InequalityMeasures.P90P10Ratio or InequalityMeasures.P90P10Difference =>
                measure + " applies only to non-ordered dimensions with more than 60 subgroups.",
            InequalityMeasures.P95P5Ratio or InequalityMeasures.P95P5Difference =>
                measure + " applies only to non-ordered dimensions with more than 100 subgroups.",
            InequalityMeasures.Bgv or InequalityMeasures.Bgsd or InequalityMeasures.Cov or InequalityMeasures.Mdbu
                or InequalityMeasures.Mdbw or InequalityMeasures.Mdmu or InequalityMeasures.Mdmw or InequalityMeasures.Mdru
                or InequalityMeasures.Mdrw or InequalityMeasures.Idisu or InequalityMeasures.Idisw or InequalityMeasures.Ti
                or InequalityMeasures.Mld or InequalityMeasures.Gini =>
                measure + " applies only to non-ordered dimensions with more than two subgroups.",
            _ => "Unknown measure '" + measure + "'.",
        };
    }
}
