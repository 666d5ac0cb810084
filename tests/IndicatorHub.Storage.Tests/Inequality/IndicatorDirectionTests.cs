using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Inequality;

namespace IndicatorHub.Storage.Tests.Inequality;

public class IndicatorDirectionTests
{
    [Test]
    public void Metadata_wins_and_says_nothing()
    {
        var direction = IndicatorDirection.Resolve(new Indicator("U01402", "Röker dagligen, andel (%)") { HigherIsBetter = true, Scale = 1000 });

        Assert.That((direction.Favourable, direction.Scale, direction.Notes.Count), Is.EqualTo((true, 1000.0, 0)));
    }

    [Test]
    public void Without_metadata_the_curated_sdg_mapping_gives_the_direction()
    {
        var direction = IndicatorDirection.Resolve(new Indicator("U01402", "Invånare 16-84 år som röker dagligen, andel (%)"));

        Assert.That((direction.Favourable, direction.Scale), Is.EqualTo((false, 100.0)));
        Assert.That(direction.Notes, Has.Some.Contains("curated SDG mapping"));
        Assert.That(direction.Notes, Has.Some.Contains("inferred 100"));
    }

    [Test]
    public void An_unknown_direction_defaults_to_favourable_and_says_so()
    {
        var direction = IndicatorDirection.Resolve(new Indicator("X12345", "Medellivslängd, år") { Unit = "år" });

        Assert.That((direction.Favourable, direction.Scale), Is.EqualTo((true, 1.0)));
        Assert.That(direction.Notes, Has.Some.Contains("computed as favourable (higher is better), the default"));
    }

    [Test]
    public void An_explicit_direction_overrides_the_metadata()
    {
        var direction = IndicatorDirection.Resolve(new Indicator("U01405", "x") { HigherIsBetter = true, Scale = 100 }, higherIsBetter: false);

        Assert.That(direction.Favourable, Is.False);
    }

    [TestCase("%", "Något", 100)]
    [TestCase(null, "Invånare med fetma, andel (%)", 100)]
    [TestCase("per 1000", "Spädbarnsdödlighet", 1000)]
    [TestCase("antal", "Invånare totalt, antal", 1)]
    public void Scale_is_inferred_from_unit_and_title(string? unit, string title, double scale) =>
        Assert.That(IndicatorDirection.InferScale(new Indicator("X", title) { Unit = unit }), Is.EqualTo(scale));
}
