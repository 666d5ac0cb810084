using System.Globalization;
using IndicatorHub.Core.Comparison;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Web.Tests.Presentation.Profiles;

/// <summary>
/// A whole-Kolada profile's 2 000 rows, a page at a time: 250 hand-built rows, 30 of goal 3 ("Dödlighet" in the
/// title of every third of them), the other 220 not mapped, in the profile's order (goal 3 first).
/// </summary>
public sealed class ProfileRowFilterTests
{
    private static readonly ProfileRow[] Rows =
    [
        .. Enumerable.Range(0, 30).Select(i => Row(i, 3, i % 3 == 0 ? "Dödlighet" : "Hälsa")),
        .. Enumerable.Range(30, 220).Select(i => Row(i, null, "Övrigt")),
    ];

    [Test]
    public void Rows_come_a_hundred_a_page_in_the_profiles_order()
    {
        var third = new ProfileRowFilter(Page: 3).Apply(Rows);

        Assert.That((third.Total, third.Page, third.PageCount, third.First, third.Last), Is.EqualTo((250, 3, 3, 201, 250)));
        Assert.That(third.Items.Select(r => r.Indicator.Code), Is.EqualTo(Enumerable.Range(200, 50).Select(Code)));
        Assert.That(third.GoalCounts, Is.EquivalentTo(new Dictionary<int, int> { [3] = 30, [ProfileRowFilter.Unmapped] = 220 }));
    }

    [TestCase(0, 1)]
    [TestCase(-5, 1)]
    [TestCase(4, 3)]
    public void A_page_out_of_range_shows_the_nearest(int asked, int shown)
    {
        Assert.That(new ProfileRowFilter(Page: asked).Apply(Rows).Page, Is.EqualTo(shown));
    }

    [Test]
    public void Text_and_goal_narrow_together_and_the_goal_counts_follow_the_text()
    {
        var filtered = new ProfileRowFilter("dödlighet", Goal: 3).Apply(Rows);
        var unmapped = new ProfileRowFilter("dödlighet", Goal: ProfileRowFilter.Unmapped).Apply(Rows);

        Assert.That(filtered.Items.Select(r => r.Indicator.Code), Is.EqualTo(new[] { 0, 3, 6, 9, 12, 15, 18, 21, 24, 27 }.Select(Code)));
        Assert.That((filtered.Total, filtered.PageCount), Is.EqualTo((10, 1)));
        Assert.That(filtered.GoalCounts, Is.EquivalentTo(new Dictionary<int, int> { [3] = 10 }));
        Assert.That((unmapped.Total, unmapped.First, unmapped.Last), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public void Text_matches_the_id_and_the_english_title_ignoring_case()
    {
        Assert.That(new ProfileRowFilter("x00042").Apply(Rows).Items.Select(r => r.Indicator.Code), Is.EqualTo(new[] { "X00042" }));
        Assert.That(new ProfileRowFilter("MORTALITY").Apply(Rows).Total, Is.EqualTo(10));
    }

    private static string Code(int i) => "X" + i.ToString("00000", CultureInfo.InvariantCulture);

    private static ProfileRow Row(int i, int? goal, string title)
    {
        var indicator = new IndicatorInfo(i, Code(i), $"{title} {i}", title == "Dödlighet" ? "Mortality" : null, null, null, null, null, null, false, null);
        var values = new ProfileIndicatorValues(i, new StoredValue("2023", i, 1), null, null, null, null, null, null, null);
        return new ProfileRow(indicator, goal, values, null, new ComparisonResult(ComparisonStatus.NotCompared, ComparisonMethod.None, ComparisonReason.None), null);
    }
}
