using System.Globalization;

namespace IndicatorHub.Core.Sdg;

/// <summary>
/// Progress towards 2030 with the Open SDG / Statistics Canada method, following
/// open-sdg/sdg-build <c>sdg/ProgressMeasure.py</c> (commit 139fede7) and the methodology page
/// open-sdg/open-sdg <c>docs/progress-methodology.md</c> (commit 26d2e387):
/// <list type="bullet">
/// <item>CAGR = (y_current / y_base)^(1 / (t_current − t_base)) − 1, with base year 2015 by default, or the first
/// later year with data; the current year is the latest year with data; at least two years are needed.</item>
/// <item>With a target (method 2): R = s·d·CAGR_observed / |CAGR_required|, CAGR_required = (y_target / y_base)^(1 / (t_target − t_base)) − 1;
/// R ≥ 0.95 on track, 0.60 ≤ R &lt; 0.95 acceleration needed, 0 ≤ R &lt; 0.60 limited progress, R &lt; 0 deterioration;
/// a current value at or past the target is "target achieved" whatever the trend.</item>
/// <item>Without a target (method 1): s·d·CAGR ≥ 1.5 % on track, 0.5–1.5 % acceleration needed, 0–0.5 % limited progress,
/// &lt; 0 deterioration; the positive thresholds are multiplied by C = 1 − (y_base / y_lim)^4.44 (or the mirrored
/// form above the limit) when the indicator has a natural limit.</item>
/// <item>d = +1 when higher is better, −1 otherwise; s = −1 when the base value is negative (all-negative series flip
/// direction); a base or target of 0 is replaced by 0.001; base and current values of opposite sign cannot be assessed.</item>
/// </list>
/// </summary>
public static class SdgProgress
{
    /// <summary>Open SDG replaces a zero base or target with this, because the exponential model cannot start at zero.</summary>
    public const double ZeroReplacement = 0.001;

    /// <summary>Exponent of the limit scaling factor C in sdg-build.</summary>
    public const double LimitExponent = 4.44;

    /// <summary>Default thresholds without a target (fractions per year).</summary>
    public static SdgProgressThresholds WithoutTargetThresholds { get; } = new(0.015, 0.005, 0);

    /// <summary>Default thresholds with a target (ratio R).</summary>
    public static SdgProgressThresholds WithTargetThresholds { get; } = new(0.95, 0.6, 0);

    /// <summary>Assesses one series (one area, one breakdown).</summary>
    /// <param name="series">Values by year, any order; NaN values are ignored.</param>
    /// <param name="settings">Direction, optional target, target year, base year and limit.</param>
    /// <exception cref="ArgumentException">Two values for the same year.</exception>
    public static SdgProgressResult Assess(IEnumerable<SdgObservation> series, SdgProgressSettings settings)
    {
        var data = series.Where(o => !double.IsNaN(o.Value)).OrderBy(o => o.Year).ToList();
        var duplicate = data.GroupBy(o => o.Year).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Two values for year {duplicate.Key}."), nameof(series));
        }

        if (settings.HigherIsBetter is not { } higherIsBetter)
        {
            return SdgProgressResult.NotAvailable(SdgProgressReason.NoDirection);
        }

        if (data.Count == 0)
        {
            return SdgProgressResult.NotAvailable(SdgProgressReason.NoData);
        }

        var current = data[^1];
        var requestedBase = settings.EffectiveBaseYear;
        var baseIndex = data.FindIndex(o => o.Year >= requestedBase);
        if (baseIndex < 0)
        {
            return SdgProgressResult.NotAvailable(SdgProgressReason.NoDataFromBaseYear, requestedBase);
        }

        var baseObs = data[baseIndex];

        var direction = higherIsBetter ? 1 : -1;
        var method = settings.TargetValue is null ? SdgProgressMethod.WithoutTarget : SdgProgressMethod.WithTarget;
        var target = settings.TargetValue is { } t ? (t == 0 ? ZeroReplacement : t) : (double?)null;
        var baseValue = baseObs.Value == 0 ? ZeroReplacement : baseObs.Value;
        var sign = baseValue < 0 ? -1 : 1;
        var thresholds = method == SdgProgressMethod.WithoutTarget
            ? LimitedThresholds(WithoutTargetThresholds, baseValue, settings.Limit)
            : WithTargetThresholds;

        var achieved = target is { } tv && ((direction == -1 && current.Value <= tv) || (direction == 1 && current.Value >= tv));

        double? observed = null;
        double? required = null;
        double? progress = null;
        var reason = SdgProgressReason.None;
        if ((baseValue > 0 && current.Value < 0) || (baseValue < 0 && current.Value > 0))
        {
            reason = SdgProgressReason.OppositeSigns;
        }
        else if (current.Year - baseObs.Year < 1)
        {
            reason = SdgProgressReason.TooFewYears;
        }
        else
        {
            observed = Cagr(current.Value, baseValue, current.Year, baseObs.Year);
            if (method == SdgProgressMethod.WithoutTarget)
            {
                progress = sign * direction * observed.Value;
            }
            else
            {
                required = Cagr(target!.Value, baseValue, settings.EffectiveTargetYear, baseObs.Year);
                progress = sign * direction * observed.Value / Math.Abs(required.Value);
            }

            if (double.IsNaN(progress.Value))
            {
                reason = SdgProgressReason.UndefinedGrowth;
                progress = null;
            }
        }

        var status = achieved ? SdgProgressStatus.TargetAchieved : progress is { } pv ? StatusFromThresholds(pv, thresholds) : SdgProgressStatus.NotAvailable;
        var score = achieved ? 5.0 : progress is { } p ? Score(p, method, thresholds) : (double?)null;
        var assessed = status != SdgProgressStatus.NotAvailable;
        return new SdgProgressResult(
            status,
            assessed ? method : SdgProgressMethod.None,
            baseObs.Year,
            baseValue,
            current.Year,
            current.Value,
            observed,
            required,
            progress,
            score,
            thresholds,
            assessed ? SdgProgressReason.None : reason);
    }

    /// <summary>Compound annual growth rate ((current / base)^(1 / (t1 − t0)) − 1), as a fraction per year.</summary>
    public static double Cagr(double current, double baseValue, int currentYear, int baseYear) =>
        Math.Pow(current / baseValue, 1.0 / (currentYear - baseYear)) - 1;

    /// <summary>
    /// Mean score of the assessed results and its category, the Open SDG way of combining series
    /// (target achieved only when every assessed series has achieved its target).
    /// </summary>
    public static SdgProgressAggregate Aggregate(IEnumerable<SdgProgressResult> results)
    {
        var scored = results.Where(r => r.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return new SdgProgressAggregate(null, SdgProgressStatus.NotAvailable, 0);
        }

        var mean = scored.Average(r => r.Score!.Value);
        var allAchieved = scored.All(r => r.Status == SdgProgressStatus.TargetAchieved);
        return new SdgProgressAggregate(mean, StatusFromScore(mean, allAchieved), scored.Count);
    }

    /// <summary>Category of a score: [2.5, 5] on track, [0, 2.5) acceleration needed, [−2.5, 0) limited, below −2.5 deterioration.</summary>
    public static SdgProgressStatus StatusFromScore(double score, bool targetAchieved = false) =>
        targetAchieved ? SdgProgressStatus.TargetAchieved
        : score >= 2.5 ? SdgProgressStatus.OnTrack
        : score >= 0 ? SdgProgressStatus.AccelerationNeeded
        : score >= -2.5 ? SdgProgressStatus.LimitedProgress
        : SdgProgressStatus.Deterioration;

    /// <summary>
    /// Category of a progress value (direction-adjusted CAGR or ratio R): at or above High on track, at or above
    /// Medium acceleration needed, at or above Low limited progress, else deterioration (sdg-build get_progress_status).
    /// </summary>
    public static SdgProgressStatus StatusFromThresholds(double value, SdgProgressThresholds t) =>
        value >= t.High ? SdgProgressStatus.OnTrack
        : value >= t.Medium ? SdgProgressStatus.AccelerationNeeded
        : value >= t.Low ? SdgProgressStatus.LimitedProgress
        : SdgProgressStatus.Deterioration;

    private static SdgProgressThresholds LimitedThresholds(SdgProgressThresholds defaults, double baseValue, double? limit)
    {
        if (limit is not { } l)
        {
            return defaults;
        }

        var b = Math.Abs(baseValue);
        var lim = Math.Abs(l);

        // sdg-build checks base ≥ 2·limit first so that a zero base and zero limit give C = 1.
        var c = b >= 2 * lim ? 1.0
            : b <= lim ? 1 - Math.Pow(b / lim, LimitExponent)
            : 1 - Math.Pow((2 * lim - b) / lim, LimitExponent);
        return new SdgProgressThresholds(defaults.High * c, defaults.Medium * c, defaults.Low * c, c);
    }

    /// <summary>
    /// Piecewise-linear score from sdg-build <c>get_score</c>. Without a target: −2 %/year → −5, 0 → −2.5, 0.5 % → 0,
    /// 1.5 % → 2.5, 2 % → 5 (positive breakpoints scaled by C). With a target: R = −0.6 → −5, 0.6 → 0, 1.3 → 5.
    /// sdg-build rounds the slopes (7.1429, 4.2857, 4.1667); the exact fractions 50/7, 30/7 and 25/6 are used here.
    /// </summary>
    private static double Score(double value, SdgProgressMethod method, SdgProgressThresholds t)
    {
        if (method == SdgProgressMethod.WithoutTarget)
        {
            var c = t.Coefficient;
            if (value < t.Low)
            {
                return Math.Max((125 * value) - 2.5, -5);
            }

            if (c == 0)
            {
                // Base value sits on the limit and the value is held: Open SDG counts that as full progress.
                return 5;
            }

            return value >= t.High ? Math.Min((500 * value / c) - 5, 5)
                : value >= t.Medium ? (250 * value / c) - 1.25
                : (500 * value / c) - 2.5;
        }

        return value >= t.Medium
            ? Math.Min((50.0 / 7 * value) - (30.0 / 7), 5)
            : Math.Max((25.0 / 6 * value) - 2.5, -5);
    }
}
