using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Core.Tests.Sdg;

public sealed class SdgProgressTests
{
    private static SdgObservation[] Series(params (int Year, double Value)[] points) =>
        points.Select(p => new SdgObservation(p.Year, p.Value)).ToArray();

    private static readonly SdgProgressSettings HigherBetter = new() { HigherIsBetter = true };
    private static readonly SdgProgressSettings LowerBetter = new() { HigherIsBetter = false };

    [Test]
    public void Without_target_moderate_growth_needs_acceleration()
    {
        // Life expectancy 80.0 (2015) → 84.0 (2020), higher is better, no target.
        // CAGR = (84/80)^(1/5) − 1 = 1.05^0.2 − 1 = e^(ln 1.05 / 5) − 1 = e^(0.0487902/5) − 1 = 0.0098058 (0.98 %/yr).
        // 0.5 % ≤ 0.98 % < 1.5 % → acceleration needed. Score = 250 × 0.0098058 − 1.25 = 1.2014.
        var result = SdgProgress.Assess(Series((2014, 79), (2015, 80), (2018, 82), (2020, 84)), HigherBetter);
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(SdgProgressStatus.AccelerationNeeded));
            Assert.That(result.Method, Is.EqualTo(SdgProgressMethod.WithoutTarget));
            Assert.That((result.BaseYear, result.BaseValue, result.CurrentYear, result.CurrentValue), Is.EqualTo(((int?)2015, (double?)80, (int?)2020, (double?)84)));
            Assert.That(result.ObservedCagr, Is.EqualTo(0.0098058).Within(1e-7));
            Assert.That(result.ProgressValue, Is.EqualTo(0.0098058).Within(1e-7));
            Assert.That(result.Score, Is.EqualTo(1.2014).Within(1e-4));
        });
    }

    [Test]
    public void Without_target_falling_value_is_on_track_when_lower_is_better()
    {
        // Daily smoking 10 % (2015) → 8 % (2022): CAGR = 0.8^(1/7) − 1 = e^(−0.2231436/7) − 1 = −0.031375.
        // Lower is better, d = −1: progress = +0.031375 ≥ 0.015 → on track; score = min(500 × 0.031375 − 5, 5) = 5.
        var result = SdgProgress.Assess(Series((2015, 10), (2022, 8)), LowerBetter);
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(SdgProgressStatus.OnTrack));
            Assert.That(result.ObservedCagr, Is.EqualTo(-0.031375).Within(1e-6));
            Assert.That(result.ProgressValue, Is.EqualTo(0.031375).Within(1e-6));
            Assert.That(result.Score, Is.EqualTo(5));
        });
    }

    [Test]
    public void With_target_ratio_between_60_and_95_percent_needs_acceleration()
    {
        // Smokefree Sweden: target 5 % by 2025, lower is better. 10 % (2015) → 8 % (2020).
        // Observed CAGR = 0.8^(1/5) − 1 = e^(−0.2231436/5) − 1 = −0.0436475.
        // Required CAGR = (5/10)^(1/10) − 1 = e^(−0.6931472/10) − 1 = −0.0669670.
        // R = d × observed / |required| = −1 × −0.0436475 / 0.0669670 = 0.65178 → 60 % ≤ R < 95 %.
        // Score = 50/7 × 0.65178 − 30/7 = 4.65557 − 4.28571 = 0.36983.
        var settings = LowerBetter with { TargetValue = 5, TargetYear = 2025 };
        var result = SdgProgress.Assess(Series((2015, 10), (2020, 8)), settings);
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(SdgProgressStatus.AccelerationNeeded));
            Assert.That(result.Method, Is.EqualTo(SdgProgressMethod.WithTarget));
            Assert.That(result.RequiredCagr, Is.EqualTo(-0.0669670).Within(1e-7));
            Assert.That(result.ProgressValue, Is.EqualTo(0.65178).Within(1e-5));
            Assert.That(result.Score, Is.EqualTo(0.36983).Within(1e-5));
        });
    }

    [Test]
    public void With_target_already_met_is_achieved_whatever_the_trend()
    {
        // Current 4.8 ≤ target 5 (lower is better) → achieved, score 5, even though 4.8 > 4.5 in 2018 (worsening lately).
        var settings = LowerBetter with { TargetValue = 5, TargetYear = 2025 };
        var result = SdgProgress.Assess(Series((2015, 10), (2018, 4.5), (2021, 4.8)), settings);
        Assert.That((result.Status, result.Score), Is.EqualTo((SdgProgressStatus.TargetAchieved, (double?)5)));
    }

    [Test]
    public void With_target_moving_away_is_deterioration()
    {
        // Higher is better, target 90 by 2030. 80 (2015) → 78 (2019).
        // Observed = (78/80)^(1/4) − 1 = −0.0063095; required = (90/80)^(1/15) − 1 = 0.0078831.
        // R = −0.0063095 / 0.0078831 = −0.80038 < 0 → deterioration; score = max(25/6 × −0.80038 − 2.5, −5) = −5.
        var result = SdgProgress.Assess(Series((2015, 80), (2019, 78)), HigherBetter with { TargetValue = 90 });
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(SdgProgressStatus.Deterioration));
            Assert.That(result.ProgressValue, Is.EqualTo(-0.80038).Within(1e-5));
            Assert.That(result.Score, Is.EqualTo(-5));
        });
    }

    [Test]
    public void Missing_base_year_uses_the_first_later_year_not_an_earlier_one()
    {
        // No 2015 value: base is 2016 (10), not 2014. CAGR = (12/10)^(1/2) − 1 = 0.095445 → on track.
        var result = SdgProgress.Assess(Series((2014, 1), (2016, 10), (2018, 12)), HigherBetter);
        Assert.Multiple(() =>
        {
            Assert.That(result.BaseYear, Is.EqualTo(2016));
            Assert.That(result.ObservedCagr, Is.EqualTo(0.095445).Within(1e-6));
            Assert.That(result.Status, Is.EqualTo(SdgProgressStatus.OnTrack));
        });
    }

    [Test]
    public void Natural_limit_scales_the_thresholds_down_near_the_limit()
    {
        // Turnout-like share: 95 % (2015) → 96 % (2020), limit 100.
        // C = 1 − (95/100)^4.44 = 1 − e^(4.44 × ln 0.95) = 1 − e^(−0.227742) = 0.203670.
        // Thresholds: high = 0.015 × C = 0.0030551, medium = 0.005 × C = 0.0010184.
        // CAGR = (96/95)^(1/5) − 1 = 0.0020965: limited progress without the limit (< 0.5 %), acceleration needed with it.
        // Score = 250 × 0.0020965 / C − 1.25 = 1.3233.
        var withLimit = SdgProgress.Assess(Series((2015, 95), (2020, 96)), HigherBetter with { Limit = 100 });
        var withoutLimit = SdgProgress.Assess(Series((2015, 95), (2020, 96)), HigherBetter);
        Assert.Multiple(() =>
        {
            Assert.That(withLimit.Thresholds!.Coefficient, Is.EqualTo(0.203670).Within(1e-6));
            Assert.That(withLimit.Thresholds.High, Is.EqualTo(0.0030551).Within(1e-7));
            Assert.That(withLimit.Status, Is.EqualTo(SdgProgressStatus.AccelerationNeeded));
            Assert.That(withLimit.Score, Is.EqualTo(1.3233).Within(1e-4));
            Assert.That(withoutLimit.Status, Is.EqualTo(SdgProgressStatus.LimitedProgress));
        });
    }

    [Test]
    public void All_negative_series_flip_the_direction()
    {
        // −10 (2015) → −5 (2020), higher is better (the value rose). CAGR = (−5/−10)^(1/5) − 1 = −0.129449;
        // s = −1 because the base is negative, so progress = −1 × 1 × −0.129449 = +0.129449 → on track.
        var result = SdgProgress.Assess(Series((2015, -10), (2020, -5)), HigherBetter);
        Assert.Multiple(() =>
        {
            Assert.That(result.ProgressValue, Is.EqualTo(0.129449).Within(1e-6));
            Assert.That(result.Status, Is.EqualTo(SdgProgressStatus.OnTrack));
        });
    }

    [Test]
    public void Zero_base_is_replaced_by_0_001()
    {
        // 0 (2015) → 0.002 (2016): base becomes 0.001, CAGR = 0.002/0.001 − 1 = 1.0.
        var result = SdgProgress.Assess(Series((2015, 0), (2016, 0.002)), HigherBetter);
        Assert.That((result.BaseValue, result.ObservedCagr), Is.EqualTo(((double?)0.001, (double?)1.0)));
    }

    [TestCase(0.015, SdgProgressStatus.OnTrack)]
    [TestCase(0.0149, SdgProgressStatus.AccelerationNeeded)]
    [TestCase(0.005, SdgProgressStatus.AccelerationNeeded)]
    [TestCase(0.0049, SdgProgressStatus.LimitedProgress)]
    [TestCase(0.0, SdgProgressStatus.LimitedProgress)]
    [TestCase(-0.0001, SdgProgressStatus.Deterioration)]
    public void Without_target_thresholds_are_1_5_and_0_5_percent_per_year_inclusive(double value, SdgProgressStatus expected)
    {
        Assert.That(SdgProgress.StatusFromThresholds(value, SdgProgress.WithoutTargetThresholds), Is.EqualTo(expected));
    }

    [TestCase(0.95, SdgProgressStatus.OnTrack)]
    [TestCase(0.9499, SdgProgressStatus.AccelerationNeeded)]
    [TestCase(0.6, SdgProgressStatus.AccelerationNeeded)]
    [TestCase(0.5999, SdgProgressStatus.LimitedProgress)]
    [TestCase(0.0, SdgProgressStatus.LimitedProgress)]
    [TestCase(-0.0001, SdgProgressStatus.Deterioration)]
    public void With_target_thresholds_are_95_and_60_percent_inclusive(double ratio, SdgProgressStatus expected)
    {
        Assert.That(SdgProgress.StatusFromThresholds(ratio, SdgProgress.WithTargetThresholds), Is.EqualTo(expected));
    }

    [TestCase(1.01501, SdgProgressStatus.OnTrack)]
    [TestCase(1.01499, SdgProgressStatus.AccelerationNeeded)]
    [TestCase(1.00501, SdgProgressStatus.AccelerationNeeded)]
    [TestCase(1.00499, SdgProgressStatus.LimitedProgress)]
    [TestCase(1.0, SdgProgressStatus.LimitedProgress)]
    [TestCase(0.9999, SdgProgressStatus.Deterioration)]
    public void Assess_applies_the_thresholds_to_the_one_year_growth(double ratio, SdgProgressStatus expected)
    {
        // One-year series: CAGR = current/base − 1. Values sit just off the boundaries because 1.015 − 1 is not
        // exactly 0.015 in binary floating point (sdg-build has the same rounding at the exact boundary).
        var result = SdgProgress.Assess(Series((2015, 1), (2016, ratio)), HigherBetter);
        Assert.That(result.Status, Is.EqualTo(expected));
    }

    [Test]
    public void Cases_that_cannot_be_assessed_say_why()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SdgProgress.Assess(Series((2015, 1), (2020, 2)), new SdgProgressSettings()).Reason, Is.EqualTo(SdgProgressReason.NoDirection));
            Assert.That(SdgProgress.Assess(Series((2020, 2)), HigherBetter).Reason, Is.EqualTo(SdgProgressReason.TooFewYears));
            Assert.That(SdgProgress.Assess(Series((2010, 1), (2014, 2)), HigherBetter), Has.Property("Reason").EqualTo(SdgProgressReason.NoDataFromBaseYear).And.Property("ReasonYear").EqualTo(2015));
            Assert.That(SdgProgress.Assess(Series((2015, -1), (2020, 2)), HigherBetter).Reason, Is.EqualTo(SdgProgressReason.OppositeSigns));
            Assert.That(SdgProgress.Assess([], HigherBetter).Status, Is.EqualTo(SdgProgressStatus.NotAvailable));
            Assert.That(SdgProgress.Assess(Series((2015, double.NaN), (2016, 3), (2017, 4)), HigherBetter).BaseYear, Is.EqualTo(2016), "NaN is missing");
        });
    }

    [Test]
    public void Duplicate_years_are_rejected()
    {
        Assert.That(() => SdgProgress.Assess(Series((2015, 1), (2015, 2)), HigherBetter), Throws.ArgumentException);
    }

    [Test]
    public void Aggregate_takes_the_mean_score_and_achieved_only_when_all_are_achieved()
    {
        // Scores 5 (achieved), 1.2014 and −5 → mean = 1.2014/3 = 0.40048 → acceleration needed.
        var achieved = SdgProgress.Assess(Series((2015, 10), (2020, 4)), LowerBetter with { TargetValue = 5 });
        var moderate = SdgProgress.Assess(Series((2015, 80), (2020, 84)), HigherBetter);
        var worse = SdgProgress.Assess(Series((2015, 80), (2019, 78)), HigherBetter with { TargetValue = 90 });
        var notAssessed = SdgProgress.Assess(Series((2015, 1)), HigherBetter);

        var aggregate = SdgProgress.Aggregate([achieved, moderate, worse, notAssessed]);
        var allAchieved = SdgProgress.Aggregate([achieved, achieved]);
        Assert.Multiple(() =>
        {
            Assert.That(aggregate.AssessedCount, Is.EqualTo(3));
            Assert.That(aggregate.Score, Is.EqualTo(0.40048).Within(1e-5));
            Assert.That(aggregate.Status, Is.EqualTo(SdgProgressStatus.AccelerationNeeded));
            Assert.That(allAchieved.Status, Is.EqualTo(SdgProgressStatus.TargetAchieved));
            Assert.That(SdgProgress.Aggregate([notAssessed]).Status, Is.EqualTo(SdgProgressStatus.NotAvailable));
        });
    }

    [TestCase(2.5, SdgProgressStatus.OnTrack)]
    [TestCase(2.49, SdgProgressStatus.AccelerationNeeded)]
    [TestCase(0, SdgProgressStatus.AccelerationNeeded)]
    [TestCase(-0.01, SdgProgressStatus.LimitedProgress)]
    [TestCase(-2.5, SdgProgressStatus.LimitedProgress)]
    [TestCase(-2.51, SdgProgressStatus.Deterioration)]
    public void Score_bands_follow_open_sdg(double score, SdgProgressStatus expected)
    {
        Assert.That(SdgProgress.StatusFromScore(score), Is.EqualTo(expected));
    }

    [Test]
    public void Curated_settings_assess_real_smoking_data_for_riket()
    {
        // U01402 riket (0000) from kolada-values with the curated Smokefree Sweden target (5 % by 2025, base 2015).
        var rows = SdgTestData.ReadCsv(Path.Combine(KoladaRealData.KoladaValuesDir, "v2_flat_U01402_roker_dagligen_by_geo_year.csv"))
            .Where(r => r["geo"] == "0000" && r["u01402"].Length > 0)
            .Select(r => new SdgObservation(int.Parse(r["year"], System.Globalization.CultureInfo.InvariantCulture), double.Parse(r["u01402"], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var settings = CuratedMapping.Load().ProgressFor("U01402")!;
        var result = SdgProgress.Assess(rows, settings);

        var expectedBase = rows.Where(o => o.Year >= 2015).MinBy(o => o.Year);
        var expectedCurrent = rows.MaxBy(o => o.Year);
        Assert.Multiple(() =>
        {
            Assert.That(result.Method, Is.EqualTo(SdgProgressMethod.WithTarget));
            Assert.That((result.BaseYear, result.CurrentYear), Is.EqualTo(((int?)expectedBase.Year, (int?)expectedCurrent.Year)));
            Assert.That(result.Status, Is.Not.EqualTo(SdgProgressStatus.NotAvailable));
            Assert.That(result.ObservedCagr, Is.EqualTo(Math.Pow(expectedCurrent.Value / expectedBase.Value, 1.0 / (expectedCurrent.Year - expectedBase.Year)) - 1).Within(1e-12));
        });
        TestContext.Out.WriteLine($"U01402 riket {result.BaseYear}:{result.BaseValue} → {result.CurrentYear}:{result.CurrentValue}, R = {result.ProgressValue}, {result.Status}");
    }
}
