using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Formats.Heat;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats.Heat;

public class HeatCsvParserTests
{
    private const string Example = "heatplus_v6_template_example_IDN2017_anc1_by_region.csv";
    private const string Note = "Re-analysis of DHS/MICS/RHS data by ICEH (WHO Collaborating Center for Health Inequality Monitoring).";

    private static readonly HeatCsvParser Parser = new();

    private static List<ParsedItem> ParseFile(string file) => FormatFixtures.Parse(Parser, FormatFixtures.File("heat", file));

    [Test]
    public void WHOs_own_example_loads_without_a_reference_subgroup()
    {
        var items = ParseFile(Example);
        Assert.That(items.Problems(), Is.Empty);

        var indicator = items.OfType<ParsedIndicator>().Single().Indicator;
        Assert.Multiple(() =>
        {
            Assert.That(indicator.Id, Is.EqualTo("anc1"));
            Assert.That(indicator.Title, Is.EqualTo("Antenatal care coverage - at least one visit (%) (in the two or three years preceding the survey)"));
            Assert.That(indicator.HigherIsBetter, Is.True);
            Assert.That(indicator.Scale, Is.EqualTo(100));
            Assert.That(indicator.Unit, Is.EqualTo("%"));
            Assert.That(indicator.Source, Is.EqualTo("ICEH - DHS"));
        });

        var area = items.OfType<ParsedArea>().Single();
        Assert.That(area.Area, Is.EqualTo(new Area("IDN", "IDN", "Indonesia", AreaKind.Other)));
        Assert.That(area.Position, Is.EqualTo(new SourcePosition(2, 15, "iso3")));

        var dimension = items.OfType<ParsedDimension>().Single().Dimension;
        Assert.That(dimension.Id, Is.EqualTo("Subnational region"));
        Assert.That(dimension.Ordered, Is.False);
        Assert.That(dimension.Subgroups, Has.Count.EqualTo(34));
        Assert.That(dimension.Subgroups.Any(s => s.IsReference || s.Order is not null), Is.False);

        var observations = items.Observations();
        Assert.That(observations, Has.Count.EqualTo(35));
        var total = observations.Single(o => o.Dimension == Dimensions.Total);
        Assert.That((total.Area, total.Period, total.IndicatorId, total.Subgroup, total.Value), Is.EqualTo(("Indonesia", "2017", "anc1", "total", (double?)97.388114929199205)));
        Assert.That(total.Position, Is.EqualTo(new SourcePosition(2, 14, "setting_average")));

        var yogyakarta = observations.Single(o => o.Subgroup == "yogyakarta");
        Assert.Multiple(() =>
        {
            Assert.That(yogyakarta.Value, Is.EqualTo(97.662567138671903));
            Assert.That(yogyakarta.StandardError, Is.Null);
            Assert.That(yogyakarta.LowerLimit, Is.EqualTo(90.657257080078097));
            Assert.That(yogyakarta.UpperLimit, Is.EqualTo(99.447235107421903));
            Assert.That(yogyakarta.Population, Is.EqualTo(126.87433624267599));
            Assert.That(yogyakarta.Status, Is.EqualTo(Note));
            Assert.That(yogyakarta.Dimension, Is.EqualTo("Subnational region"));
            Assert.That(yogyakarta.Position.Line, Is.EqualTo(2));
        });
    }

    [Test]
    public void The_healthequal_template_loads_with_ordered_subgroups_in_order()
    {
        var items = ParseFile("heat_template_from_healthequal_ordered_multipleind.csv");
        Assert.That(items.Problems(), Is.Empty);

        var dimension = items.OfType<ParsedDimension>().Single().Dimension;
        Assert.That(dimension.Ordered, Is.True);
        Assert.That(dimension.Subgroups.Select(s => (s.Id, s.Order)), Is.EqualTo(new (string, int?)[]
        {
            ("Quintile 1 (poorest)", 1), ("Quintile 2", 2), ("Quintile 3", 3), ("Quintile 4", 4), ("Quintile 5 (richest)", 5),
        }));

        var indicators = items.OfType<ParsedIndicator>().Select(i => i.Indicator).ToList();
        Assert.That(indicators.Select(i => (i.Id, i.HigherIsBetter, i.Scale, i.Unit)), Is.EqualTo(new (string, bool?, double?, string?)[]
        {
            ("sba", true, 100, "%"), ("u5mr", false, 1000, "per 1000"),
        }));

        var observations = items.Observations();
        Assert.That(observations, Has.Count.EqualTo(12));
        Assert.That(observations.Single(o => o.IndicatorId == "sba" && o.Subgroup == "Quintile 1 (poorest)").Value, Is.EqualTo(75.6053009033203));
        Assert.That(observations.Single(o => o.IndicatorId == "u5mr" && o.Dimension == "total").Value, Is.EqualTo(340.383911132812));
        Assert.That(items.OfType<ParsedArea>(), Is.Empty);
    }

    [Test]
    public void Items_come_before_the_values_that_need_them()
    {
        var items = ParseFile("heat_template_from_healthequal_ordered_multipleind.csv");
        var firstObservation = items.FindIndex(i => i is ParsedObservation);
        Assert.That(items.FindIndex(i => i is ParsedIndicator), Is.LessThan(firstObservation));
        Assert.That(items.FindIndex(i => i is ParsedDimension), Is.LessThan(firstObservation));
    }

    [Test]
    public void A_missing_mandatory_column_is_fatal_and_named()
    {
        var csv = HeatCsv.Build(drop: HeatColumns.ReferenceSubgroup, HeatCsv.Row());
        var problem = Parse(csv).Problems().Single();
        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("reference_subgroup"));
    }

    [TestCase(HeatColumns.Setting, "", 1, "setting is empty")]
    [TestCase(HeatColumns.IndicatorName, "", 5, "indicator_name is empty")]
    [TestCase(HeatColumns.Estimate, "-1", 8, "negative")]
    [TestCase(HeatColumns.Estimate, "abc", 8, "is not a number")]
    [TestCase(HeatColumns.Population, "-5", 12, "negative")]
    [TestCase(HeatColumns.SettingAverage, "-0.5", 14, "negative")]
    [TestCase(HeatColumns.Iso3, "ID", 15, "three-letter")]
    [TestCase(HeatColumns.FavourableIndicator, "2", 16, "must be 1 for a favourable")]
    [TestCase(HeatColumns.FavourableIndicator, "", 16, "favourable_indicator is empty")]
    [TestCase(HeatColumns.IndicatorScale, "0", 17, "greater than zero")]
    [TestCase(HeatColumns.OrderedDimension, "3", 18, "must be 1 for an ordered")]
    [TestCase(HeatColumns.SubgroupOrder, "1.5", 19, "whole number")]
    [TestCase(HeatColumns.SubgroupOrder, "2", 19, "must be 0 when ordered_dimension = 0")]
    [TestCase(HeatColumns.ReferenceSubgroup, "2", 20, "must be 1 for the reference")]
    public void A_broken_cell_rejects_its_row_with_its_line_and_column(string column, string value, int at, string reason)
    {
        var items = Parse(HeatCsv.Build(null, HeatCsv.Row(subgroup: "female", reference: "1"), HeatCsv.Row(subgroup: "male", overrides: (column, value))));
        var problem = items.Problems().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(3, at, column)));
        Assert.That(problem.Reason, Does.Contain(reason));
        Assert.That(problem.Fatal, Is.False);
        Assert.That(items.Observations().Select(o => o.Subgroup), Does.Not.Contain("male"));
    }

    [Test]
    public void Missing_estimate_se_population_and_setting_average_are_only_warnings_in_HEAT_and_load_as_null()
    {
        var items = Parse(HeatCsv.Build(null, HeatCsv.Row(subgroup: "female", reference: "1"),
            HeatCsv.Row(subgroup: "male", overrides: [(HeatColumns.Estimate, ""), (HeatColumns.Se, ""), (HeatColumns.Population, ""), (HeatColumns.SettingAverage, "")])));
        Assert.That(items.Problems(), Is.Empty);
        var male = items.Observations().Single(o => o.Subgroup == "male");
        Assert.That((male.Value, male.StandardError, male.Population), Is.EqualTo(((double?)null, (double?)null, (double?)null)));
    }

    [Test]
    public void Favourable_scale_and_name_must_agree_across_an_indicators_rows()
    {
        var items = Parse(HeatCsv.Build(null,
            HeatCsv.Row(subgroup: "female", reference: "1"),
            HeatCsv.Row(subgroup: "male", overrides: (HeatColumns.FavourableIndicator, "0")),
            HeatCsv.Row(setting: "Uppsala", subgroup: "female", reference: "1", overrides: (HeatColumns.IndicatorScale, "1000")),
            HeatCsv.Row(setting: "Uppsala", subgroup: "male", overrides: (HeatColumns.IndicatorName, "Something else"))));
        Assert.That(items.Problems().Select(p => p.Position), Is.EqualTo(new[]
        {
            new SourcePosition(3, 16, HeatColumns.FavourableIndicator),
            new SourcePosition(4, 17, HeatColumns.IndicatorScale),
            new SourcePosition(5, 5, HeatColumns.IndicatorName),
        }));
        Assert.That(items.Problems()[0].Reason, Does.Contain("on line 2"));
    }

    [Test]
    public void Ordered_dimension_must_agree_across_a_dimensions_rows()
    {
        var items = Parse(HeatCsv.Build(null,
            HeatCsv.Row(subgroup: "female", reference: "1"),
            HeatCsv.Row(setting: "Uppsala", subgroup: "female", ordered: "1", order: "1")));
        Assert.That(items.Problems().Single().Position, Is.EqualTo(new SourcePosition(3, 18, HeatColumns.OrderedDimension)));
    }

    [Test]
    public void Ordered_subgroups_must_be_numbered_1_to_n_and_have_no_reference()
    {
        var items = Parse(HeatCsv.Build(null,
            HeatCsv.Row(dimension: "education", subgroup: "primary", ordered: "1", order: "1"),
            HeatCsv.Row(dimension: "education", subgroup: "secondary", ordered: "1", order: "2", reference: "1"),
            HeatCsv.Row(dimension: "education", subgroup: "tertiary", ordered: "1", order: "4")));
        Assert.That(items.Problems().Select(p => p.Position), Is.EqualTo(new[]
        {
            new SourcePosition(3, 20, HeatColumns.ReferenceSubgroup),
            new SourcePosition(4, 19, HeatColumns.SubgroupOrder),
        }));
        Assert.That(items.Problems()[1].Reason, Does.Contain("number them 1..3"));
    }

    [Test]
    public void Two_ordered_subgroups_in_one_place_is_an_error()
    {
        var items = Parse(HeatCsv.Build(null,
            HeatCsv.Row(dimension: "education", subgroup: "primary", ordered: "1", order: "1"),
            HeatCsv.Row(dimension: "education", subgroup: "secondary", ordered: "1", order: "1"),
            HeatCsv.Row(dimension: "education", subgroup: "tertiary", ordered: "1", order: "3")));
        Assert.That(items.Problems().Single().Position, Is.EqualTo(new SourcePosition(3, 19, HeatColumns.SubgroupOrder)));
    }

    [Test]
    public void A_binary_dimension_cannot_be_ordered()
    {
        var items = Parse(HeatCsv.Build(null,
            HeatCsv.Row(subgroup: "female", ordered: "1", order: "1"),
            HeatCsv.Row(subgroup: "male", ordered: "1", order: "2")));
        Assert.That(items.Problems().Select(p => p.Position.Column), Is.EqualTo(new[] { 18, 18 }));
        Assert.That(items.Problems()[0].Reason, Does.Contain("binary"));
    }

    [Test]
    public void A_second_reference_subgroup_is_an_error_but_none_is_allowed()
    {
        var two = Parse(HeatCsv.Build(null, HeatCsv.Row(subgroup: "female", reference: "1"), HeatCsv.Row(subgroup: "male", reference: "1")));
        Assert.That(two.Problems().Single().Position, Is.EqualTo(new SourcePosition(3, 20, HeatColumns.ReferenceSubgroup)));

        var none = Parse(HeatCsv.Build(null, HeatCsv.Row(subgroup: "female", reference: "0"), HeatCsv.Row(subgroup: "male", reference: "")));
        Assert.That(none.Problems(), Is.Empty);
        Assert.That(none.OfType<ParsedDimension>().Single().Dimension.Subgroups.Any(s => s.IsReference), Is.False);

        var one = Parse(HeatCsv.Build(null, HeatCsv.Row(subgroup: "female", reference: "0"), HeatCsv.Row(subgroup: "male", reference: "1")));
        Assert.That(one.OfType<ParsedDimension>().Single().Dimension.Subgroups.Single(s => s.IsReference).Id, Is.EqualTo("male"));
    }

    [Test]
    public void A_subgroup_may_appear_once_per_setting_date_indicator_and_dimension()
    {
        var items = Parse(HeatCsv.Build(null, HeatCsv.Row(subgroup: "female", reference: "1"), HeatCsv.Row(subgroup: "male"), HeatCsv.Row(subgroup: "female")));
        Assert.That(items.Problems().Single().Position, Is.EqualTo(new SourcePosition(4, 7, HeatColumns.Subgroup)));

        var otherYear = Parse(HeatCsv.Build(null, HeatCsv.Row(subgroup: "female", reference: "1"), HeatCsv.Row(date: "2021", subgroup: "female", reference: "1")));
        Assert.That(otherYear.Problems(), Is.Empty);
    }

    [Test]
    public void The_setting_average_must_agree_and_becomes_one_total()
    {
        var items = Parse(HeatCsv.Build(null,
            HeatCsv.Row(subgroup: "female", reference: "1"),
            HeatCsv.Row(subgroup: "male"),
            HeatCsv.Row(dimension: "area", subgroup: "urban", reference: "1"),
            HeatCsv.Row(dimension: "area", subgroup: "rural", overrides: (HeatColumns.SettingAverage, "99"))));
        Assert.That(items.Problems().Single().Position, Is.EqualTo(new SourcePosition(5, 14, HeatColumns.SettingAverage)));
        var total = items.Observations().Single(o => o.Dimension == Dimensions.Total);
        Assert.That((total.Area, total.Value), Is.EqualTo(("Stockholm", (double?)50)));
    }

    [Test]
    public void The_iso3_code_must_agree_for_a_setting_and_Sweden_yields_no_area()
    {
        var items = Parse(HeatCsv.Build(null,
            HeatCsv.Row(subgroup: "female", reference: "1", overrides: (HeatColumns.Iso3, "SWE")),
            HeatCsv.Row(subgroup: "male", overrides: (HeatColumns.Iso3, "NOR"))));
        Assert.That(items.Problems().Single().Position, Is.EqualTo(new SourcePosition(3, 15, HeatColumns.Iso3)));
        Assert.That(items.OfType<ParsedArea>(), Is.Empty);
    }

    [Test]
    public void Sniff_wants_the_templates_key_columns()
    {
        Assert.That(Parser.Sniff("h.csv", string.Join(',', HeatColumns.TemplateOrder) + "\n"), Is.True);
        Assert.That(Parser.Sniff("h.csv", "\"indicator\",\"dimension\",\"subgroup\",\"estimate\"\n"), Is.False);
        Assert.That(Parser.Sniff("h.csv", "indicator,area,period,dimension,subgroup,value\n"), Is.False);
    }

    private static List<ParsedItem> Parse(string csv) => FormatFixtures.Parse(Parser, FormatFixtures.Text("heat.csv", csv));
}
