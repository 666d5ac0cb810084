using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Core.Tests.Sdg;

public sealed class SdgMappingSetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly FixedClock Clock = new(Now);

    private static SdgMappingSet Smoking() => SdgMappingSet.Create(
    [
        new SdgMapping("U01402", 3, "3.a", true, SdgMappingSource.Curated, Now.AddDays(-1), "tobacco", new SdgProgressSettings { HigherIsBetter = false, TargetValue = 5 }),
        new SdgMapping("U01402", 3, "3.4", false, SdgMappingSource.Curated, Now.AddDays(-1), "NCD risk"),
    ]);

    [Test]
    public void Create_stamps_the_clock_time_and_normalises_the_target()
    {
        var mapping = SdgMapping.Create("N03920", 8, " 8.5 ", true, SdgMappingSource.Analyst, Clock);
        Assert.That(mapping, Is.EqualTo(new SdgMapping("N03920", 8, "8.5", true, SdgMappingSource.Analyst, Now)));
    }

    [Test]
    public void A_new_primary_demotes_the_old_one_and_takes_over_its_progress_settings()
    {
        var edited = Smoking().With(SdgMapping.Create("U01402", 3, "3.4", true, SdgMappingSource.Analyst, Clock));
        Assert.Multiple(() =>
        {
            Assert.That(edited.PrimaryFor("U01402")!.TargetId, Is.EqualTo("3.4"));
            Assert.That(edited.PrimaryFor("U01402")!.Source, Is.EqualTo(SdgMappingSource.Analyst));
            Assert.That(edited.ProgressFor("U01402")!.TargetValue, Is.EqualTo(5));
            Assert.That(edited.For("U01402").Single(m => m.TargetId == "3.a").IsPrimary, Is.False);
            Assert.That(edited.For("U01402").Single(m => m.TargetId == "3.a").Progress, Is.Null);
            Assert.That(edited, Has.Count.EqualTo(2), "replaced, not added");
        });
    }

    [Test]
    public void First_mapping_of_an_indicator_becomes_primary()
    {
        var edited = Smoking().With(SdgMapping.Create("N03920", 8, "8.5", false, SdgMappingSource.Analyst, Clock));
        Assert.That(edited.PrimaryFor("N03920")!.TargetId, Is.EqualTo("8.5"));
    }

    [Test]
    public void Removing_the_primary_promotes_the_next_mapping_with_the_progress_settings()
    {
        var edited = Smoking().Without("U01402", 3, "3.A");
        Assert.Multiple(() =>
        {
            Assert.That(edited, Has.Count.EqualTo(1));
            Assert.That(edited.PrimaryFor("U01402")!.TargetId, Is.EqualTo("3.4"));
            Assert.That(edited.ProgressFor("U01402")!.TargetValue, Is.EqualTo(5));
        });
    }

    [Test]
    public void An_edit_to_a_target_outside_the_goal_is_rejected_with_the_reason()
    {
        var ex = Assert.Throws<SdgMappingValidationException>(() => Smoking().With(SdgMapping.Create("U01402", 3, "8.5", false, SdgMappingSource.Analyst, Clock)));
        Assert.That(ex!.Errors.Single().Reason, Is.EqualTo("target 8.5 belongs to goal 8, not goal 3"));
    }

    [Test]
    public void Create_rejects_two_primaries()
    {
        var ex = Assert.Throws<SdgMappingValidationException>(() => SdgMappingSet.Create(
        [
            new SdgMapping("A", 3, null, true, SdgMappingSource.Analyst, Now),
            new SdgMapping("A", 4, null, true, SdgMappingSource.Analyst, Now),
        ]));
        Assert.That(ex!.Errors.Single().Line, Is.EqualTo(2));
    }
}
