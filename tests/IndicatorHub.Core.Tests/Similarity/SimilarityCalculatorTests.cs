using IndicatorHub.Core.Similarity;

namespace IndicatorHub.Core.Tests.Similarity;

public sealed class SimilarityCalculatorTests
{
    private static SimilarityRequest Equal(params string[] indicators) => new([.. indicators.Select(i => new WeightedIndicator(i, 1))]);

    private static IEnumerable<SimilarityValue> Line(string indicator, params (string Area, double Value)[] points) =>
        points.Select(p => new SimilarityValue(p.Area, indicator, p.Value));

    [Test]
    public void Z_scores_use_the_population_standard_deviation()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 40 / 8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32 / 8 = 4 → sd 2
        // (the sample sd would be √(32/7) ≈ 2.138). z(9) = (9 − 5) / 2 = 2, z(2) = −1.5, so their distance is 3.5.
        var values = Line("X", ("a", 2), ("b", 4), ("c", 4), ("d", 4), ("e", 5), ("f", 5), ("g", 7), ("h", 9));
        var result = SimilarityCalculator.Nearest("h", values, Equal("X") with { Count = 8 });

        var x = result.Indicators.Single();
        Assert.That((x.Count, x.Mean, x.StandardDeviation, x.Use), Is.EqualTo((8, 5.0, 2.0, SimilarityIndicatorUse.Used)));
        Assert.That(result.Nearest.Single(n => n.Area == "a").Distance, Is.EqualTo(3.5).Within(1e-12));
        Assert.That(result.Nearest.Single(n => n.Area == "g").Distance, Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void Areas_on_a_line_are_nearest_in_order_of_their_gap_with_ties_by_code()
    {
        // 0, 1, 2, 3, 10: mean 3.2, Σ(x − mean)² = 10.24 + 4.84 + 1.44 + 0.04 + 46.24 = 62.8, sd = √(62.8 / 5) = √12.56.
        // From C (2): B and D are 1 away, A 2 away, E 8 away; in sd units each gap / √12.56.
        var values = Line("X", ("E", 10), ("D", 3), ("C", 2), ("B", 1), ("A", 0));
        var result = SimilarityCalculator.Nearest("C", values, Equal("X") with { Count = 3 });

        Assert.That(result.Problem, Is.EqualTo(SimilarityProblem.None));
        Assert.That(result.AreaCodes, Is.EqualTo(new[] { "B", "D", "A" }));
        Assert.That(result.Nearest.Select(n => n.Rank), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(result.Nearest[0].Distance, Is.EqualTo(1 / Math.Sqrt(12.56)).Within(1e-12));
        Assert.That(result.Nearest[2].Distance, Is.EqualTo(2 / Math.Sqrt(12.56)).Within(1e-12));
    }

    // Corners of a square: X and Y each take ±1 over T, P, Q, R, so both have mean 0 and sd 1 and z = value.
    // T = (1, 1), P = (1, −1), Q = (−1, 1), R = (−1, −1).
    private static readonly SimilarityValue[] Square =
    [
        new("T", "X", 1), new("T", "Y", 1),
        new("P", "X", 1), new("P", "Y", -1),
        new("Q", "X", -1), new("Q", "Y", 1),
        new("R", "X", -1), new("R", "Y", -1),
    ];

    [Test]
    public void Equal_weights_average_the_squared_differences()
    {
        // P and Q differ from T by 2 on one indicator: √((1·4 + 0) / 2) = √2; R on both: √((4 + 4) / 2) = 2.
        var result = SimilarityCalculator.Nearest("T", Square, Equal("X", "Y"));

        Assert.That(result.Nearest.Select(n => (n.Area, n.Distance)), Is.EqualTo(new[] { ("P", Math.Sqrt(2)), ("Q", Math.Sqrt(2)), ("R", 2.0) }));
    }

    [Test]
    public void A_heavier_weight_makes_differences_on_that_indicator_count_more()
    {
        // Weights X 1, Y 3 (Σ 4): P differs on Y → √(3·4 / 4) = √3; Q on X → √(1·4 / 4) = 1; R → √((4 + 12) / 4) = 2.
        var request = new SimilarityRequest([new WeightedIndicator("X", 1), new WeightedIndicator("Y", 3)]);
        var result = SimilarityCalculator.Nearest("T", Square, request);

        Assert.That(result.AreaCodes, Is.EqualTo(new[] { "Q", "P", "R" }));
        Assert.That(result.Nearest.Select(n => n.Distance), Is.EqualTo(new[] { 1.0, Math.Sqrt(3), 2.0 }).Within(1e-12));
    }

    [Test]
    public void An_area_missing_a_value_is_compared_on_what_it_shares_when_that_is_enough_weight()
    {
        // S equals T on X and has no Y: with equal weights it shares half the weight (the minimum), distance 0.
        var withS = Square.Append(new SimilarityValue("S", "X", 1)).ToList();
        var result = SimilarityCalculator.Nearest("T", withS, Equal("X", "Y"));

        Assert.That(result.Nearest[0], Is.EqualTo(new SimilarArea(1, "S", 0, 1)));
    }

    [Test]
    public void An_area_sharing_too_little_weight_is_left_out()
    {
        // With weights X 1 and Y 3, S shares only 1 / 4 of T's weight, below one half.
        var withS = Square.Append(new SimilarityValue("S", "X", 1)).ToList();
        var request = new SimilarityRequest([new WeightedIndicator("X", 1), new WeightedIndicator("Y", 3)]);
        var result = SimilarityCalculator.Nearest("T", withS, request);

        Assert.That(result.AreaCodes, Does.Not.Contain("S"));
        Assert.That(result.AreaCodes, Has.Count.EqualTo(3));
    }

    [Test]
    public void Seven_neighbours_by_default()
    {
        var values = Enumerable.Range(0, 10).Select(i => new SimilarityValue($"A{i}", "X", i));
        var result = SimilarityCalculator.Nearest("A0", values, Equal("X"));

        Assert.That(result.AreaCodes, Is.EqualTo(new[] { "A1", "A2", "A3", "A4", "A5", "A6", "A7" }));
    }

    [Test]
    public void The_answer_does_not_depend_on_the_order_of_the_values()
    {
        var forward = SimilarityCalculator.Nearest("T", Square, Equal("X", "Y"));
        var backward = SimilarityCalculator.Nearest("T", Square.Reverse(), Equal("X", "Y"));

        Assert.That(backward.Nearest, Is.EqualTo(forward.Nearest));
    }

    [Test]
    public void A_target_without_values_is_a_problem_not_an_empty_success()
    {
        var result = SimilarityCalculator.Nearest("nowhere", Square, Equal("X", "Y"));

        Assert.That(result.Problem, Is.EqualTo(SimilarityProblem.TargetHasNoValues));
        Assert.That(result.Indicators.Select(i => i.Use), Is.All.EqualTo(SimilarityIndicatorUse.MissingForTarget));
    }

    [Test]
    public void An_indicator_without_spread_or_values_is_left_out_and_said_so()
    {
        var values = Square.Concat(new[] { "T", "P", "Q", "R" }.Select(a => new SimilarityValue(a, "Flat", 5))).ToList();
        var result = SimilarityCalculator.Nearest("T", values, Equal("X", "Y", "Flat", "Absent"));

        Assert.That(result.Indicators.Select(i => (i.Indicator, i.Use)), Is.EqualTo(new[]
        {
            ("X", SimilarityIndicatorUse.Used), ("Y", SimilarityIndicatorUse.Used),
            ("Flat", SimilarityIndicatorUse.NoSpread), ("Absent", SimilarityIndicatorUse.TooFewValues),
        }));
        Assert.That(result.Nearest[0].Distance, Is.EqualTo(Math.Sqrt(2)).Within(1e-12), "the flat indicator does not dilute the distance");
    }

    [Test]
    public void Non_positive_weights_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityCalculator.Nearest("T", Square, new SimilarityRequest([new WeightedIndicator("X", 0)])));
    }
}
