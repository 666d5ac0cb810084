using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IndicatorHub.Cli.Tests.Commands.Measures;

/// <summary>
/// `indicatorhub measures FILE` on WHO's real HEAT Plus examples. Expected values are derived in each test from the
/// file's own estimates with the textbook formulas written out here, not by calling the calculator.
/// </summary>
public class MeasuresFileTests
{
    private static readonly string IdnExample = TestCsv.Path("heat", "heatplus_v6_template_example_IDN2017_anc1_by_region.csv");
    private static readonly string OrderedTemplate = TestCsv.Path("heat", "heat_template_from_healthequal_ordered_multipleind.csv");

    [Test]
    public void WHO_template_example_gives_the_non_ordered_measures_derived_by_hand()
    {
        using var cli = new CliRun();

        var result = cli.Run(["measures", IdnExample], withDb: false);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var output = MeasuresOutput.Parse(result.Out);
        Assert.That(string.Join(',', output.Header), Is.EqualTo(MeasuresOutput.ExpectedHeader));
        Assert.That(output.Rows.Select(r => (r.Setting, r.Date, r.Indicator, r.Dimension)).Distinct(),
            Is.EqualTo(new[] { ("Indonesia", "2017", "anc1", "Subnational region") }));
        Assert.That(output.Rows.Select(r => r.Measure), Is.EqualTo(new[]
        {
            "d", "r", "paf", "par", "bgv", "bgsd", "cov", "mdbu", "mdbw", "mdmu", "mdmw", "mdru", "mdrw", "idisu", "idisw", "ti", "mld",
            "gini", "p80p20r", "p80p20d",
        }), "34 regions, non-ordered, no reference: HEAT's non-ordered measures plus Gini and P80/P20 (more than 30 subgroups)");

        var rows = TestCsv.Read(IdnExample);
        var y = rows.Select(r => r.D("estimate")).ToArray();
        var n = rows.Select(r => r.D("population")).ToArray();
        var p = n.Select(v => v / n.Sum()).ToArray();
        var mu = y.Select((v, j) => p[j] * v).Sum();
        var max = y.Max();
        var min = y.Min();

        Assert.That(output.Estimate("d"), Is.EqualTo(max - min).Within(1e-12), "non-ordered without reference: highest − lowest");
        Assert.That(output.Estimate("r"), Is.EqualTo(max / min).Within(1e-12));
        Assert.That(output.Estimate("bgv"), Is.EqualTo(y.Select((v, j) => p[j] * (v - mu) * (v - mu)).Sum()).Within(1e-9));
        Assert.That(output.Estimate("mdbu"), Is.EqualTo(y.Select(v => max - v).Average()).Within(1e-9), "favourable: best = highest");
        var mdmw = y.Select((v, j) => p[j] * Math.Abs(v - mu)).Sum();
        Assert.That(output.Estimate("mdmw"), Is.EqualTo(mdmw).Within(1e-9));
        Assert.That(output.Estimate("idisw"), Is.EqualTo(100 * mdmw / mu).Within(1e-9));
        Assert.That(output.Estimate("par"), Is.EqualTo(max - mu).Within(1e-9), "best subgroup − population-weighted mean");
        Assert.That(output.Estimate("paf"), Is.EqualTo(100 * (max - mu) / mu).Within(1e-9));
        Assert.That(output.Estimate("ti"), Is.EqualTo(1000 * y.Select((v, j) => p[j] * v / mu * Math.Log(v / mu)).Sum()).Within(1e-9));
        Assert.That(output.Estimate("mld"), Is.EqualTo(1000 * y.Select((v, j) => p[j] * Math.Log(mu / v)).Sum()).Within(1e-9));
        var pairs = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            for (var j = 0; j < y.Length; j++)
            {
                pairs += p[i] * p[j] * Math.Abs(y[i] - y[j]);
            }
        }

        Assert.That(output.Estimate("gini"), Is.EqualTo(pairs / (2 * mu)).Within(1e-12));
        var sorted = y.Order().ToArray();
        Assert.That(output.Estimate("p80p20r"), Is.EqualTo(Type7(sorted, 0.8) / Type7(sorted, 0.2)).Within(1e-12));
        Assert.That(output.Estimate("p80p20d"), Is.EqualTo(Type7(sorted, 0.8) - Type7(sorted, 0.2)).Within(1e-9));

        // WHO's example has no se, so no simulation interval; mdru/mdrw need a reference the example does not flag.
        Assert.That(output.Single("bgsd").CiLb, Is.Null);
        Assert.That(output.Single("mdru"), Is.EqualTo(new MeasuresOutput.Row("Indonesia", "2017", "anc1", "Subnational region", "mdru", null, null, null, null, "mdru needs a reference subgroup.")));
    }

    [Test]
    public void Ordered_template_built_from_healthequal_gives_ranks_from_subgroup_order()
    {
        using var cli = new CliRun();

        var heat = cli.Run(["measures", OrderedTemplate], withDb: false);
        var linear = cli.Run(["measures", OrderedTemplate, "--sii-method", "linear", "--measure", "sii"], withDb: false);

        Assert.That((heat.ExitCode, linear.ExitCode), Is.EqualTo((0, 0)), heat.Error + linear.Error);
        var output = MeasuresOutput.Parse(heat.Out);
        Assert.That(output.Rows.Where(r => r.Indicator == "sba").Select(r => r.Measure),
            Is.EqualTo(new[] { "d", "r", "paf", "par", "aci", "rci", "sii", "rii" }), "ordered, five subgroups");
        foreach (var indicator in new[] { "sba", "u5mr" })
        {
            // The file lists quintiles in the order 3, 1, 5, 2, 4; rank them by subgroup_order.
            var rows = TestCsv.Read(OrderedTemplate).Where(r => r["indicator_abbr"] == indicator).OrderBy(r => r.D("subgroup_order")).ToList();
            var y = rows.Select(r => r.D("estimate")).ToArray();
            var n = rows.Select(r => r.D("population")).ToArray();
            var p = n.Select(v => v / n.Sum()).ToArray();
            var x = p.Select((share, j) => p.Take(j).Sum() + share / 2).ToArray();
            var mu = y.Select((v, j) => p[j] * v).Sum();
            var aci = 2 * y.Select((v, j) => p[j] * v * x[j]).Sum() - mu;

            // Favourable (sba): richest − poorest; adverse (u5mr): poorest − richest. Both > 0: the poor are worse off.
            var d = indicator == "sba" ? y[4] - y[0] : y[0] - y[4];
            Assert.That(output.Estimate("d", indicator), Is.EqualTo(d).Within(1e-12), indicator);
            Assert.That(output.Estimate("d", indicator), Is.Positive);
            Assert.That(output.Estimate("aci", indicator), Is.EqualTo(aci).Within(1e-9), indicator);
            Assert.That(output.Estimate("rci", indicator), Is.EqualTo(aci / mu).Within(1e-12), indicator);

            // Linear sii: the population-weighted least-squares slope of y on x.
            var xw = x.Select((v, j) => p[j] * v).Sum();
            var slope = x.Select((v, j) => p[j] * (v - xw) * (y[j] - mu)).Sum() / x.Select((v, j) => p[j] * (v - xw) * (v - xw)).Sum();
            Assert.That(MeasuresOutput.Parse(linear.Out).Estimate("sii", indicator), Is.EqualTo(slope).Within(1e-9), indicator);
        }

        Assert.That(output.Estimate("aci", "u5mr"), Is.Negative, "mortality is higher among the poor: aci < 0 (never flipped)");
    }

    [Test]
    public void A_flagged_reference_subgroup_is_used_per_group()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("nonordered.csv", TemplateFromHealthequalNonordered());

        var result = cli.Run(["measures", path, "--measure", "d,mdru,mdrw"], withDb: false);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var rows = TestCsv.Read(TestCsv.Path("heat", "healthequal_NonorderedSample.csv"));
        var y = rows.Select(r => r.D("estimate")).ToArray();
        var n = rows.Select(r => r.D("population")).ToArray();
        var reference = rows.FindIndex(r => r["reference_subgroup"] == "1");
        Assert.That(rows[reference]["subgroup"], Is.EqualTo("aceh"));
        var output = MeasuresOutput.Parse(result.Out);

        // Favourable with a reference: reference − lowest other subgroup.
        Assert.That(output.Estimate("d"), Is.EqualTo(y[reference] - y.Where((_, j) => j != reference).Min()).Within(1e-12));
        Assert.That(output.Estimate("mdru"), Is.EqualTo(y.Select(v => Math.Abs(v - y[reference])).Average()).Within(1e-9));
        Assert.That(output.Estimate("mdrw"), Is.EqualTo(y.Select((v, j) => n[j] / n.Sum() * Math.Abs(v - y[reference])).Sum()).Within(1e-9));
    }

    [Test]
    public void Json_has_the_same_rows_with_nulls_and_notes()
    {
        using var cli = new CliRun();

        var csv = MeasuresOutput.Parse(cli.Run(["measures", IdnExample], withDb: false).Out);
        var json = cli.Run(["measures", IdnExample, "--format", "json"], withDb: false);

        Assert.That(json.ExitCode, Is.Zero, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.That(items, Has.Count.EqualTo(csv.Rows.Count));
        Assert.That(items[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(MeasuresOutput.ExpectedHeader.Split(',')));
        for (var i = 0; i < items.Count; i++)
        {
            var estimate = items[i].GetProperty("estimate");
            Assert.That(estimate.ValueKind == JsonValueKind.Null ? (double?)null : estimate.GetDouble(), Is.EqualTo(csv.Rows[i].Estimate));
            var note = items[i].GetProperty("note");
            Assert.That(note.ValueKind == JsonValueKind.Null ? null : note.GetString(), Is.EqualTo(csv.Rows[i].Note));
        }
    }

    [Test]
    public void Measure_selects_and_orders_the_rows_and_an_inapplicable_one_says_why()
    {
        using var cli = new CliRun();

        var result = cli.Run(["measures", IdnExample, "--measure", "gini, D ,sii"], withDb: false);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var output = MeasuresOutput.Parse(result.Out);
        Assert.That(output.Rows.Select(r => r.Measure), Is.EqualTo(new[] { "gini", "d", "sii" }));
        Assert.That(output.Single("sii").Note, Is.EqualTo("sii applies only to ordered dimensions with more than two subgroups."));
    }

    [Test]
    public void An_unknown_measure_or_method_is_a_usage_error()
    {
        using var cli = new CliRun();

        var measure = cli.Run(["measures", IdnExample, "--measure", "d,theil"], withDb: false);
        var method = cli.Run(["measures", IdnExample, "--sii-method", "ols"], withDb: false);

        Assert.That((measure.ExitCode, measure.Out), Is.EqualTo((2, string.Empty)));
        Assert.That(measure.Error, Does.Contain("unknown measure 'theil'"));
        Assert.That(method.ExitCode, Is.EqualTo(1).Or.EqualTo(2), "System.CommandLine refuses a value outside --sii-method's list");
        Assert.That(method.Error, Does.Contain("ols"));
    }

    [Test]
    public void A_file_breaking_the_template_rules_is_refused_with_line_and_column()
    {
        using var cli = new CliRun();
        var lines = File.ReadAllLines(OrderedTemplate);
        var cells = lines[2].Split(',');
        cells[15] = "2"; // favourable_indicator, column 16
        lines[2] = string.Join(',', cells);
        var path = cli.WriteFile("broken.csv", string.Join('\n', lines) + "\n");

        var result = cli.Run(["measures", path], withDb: false);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Is.Empty, "nothing is computed from a rejected file");
        Assert.That(result.Error, Does.StartWith($"{path}:3:16 (favourable_indicator): favourable_indicator is 2; it must be 1"));
        Assert.That(result.Error, Does.Contain("is not a valid HEAT Plus file"));
    }

    [Test]
    public void The_healthequal_data_frame_layout_needs_the_template_columns()
    {
        using var cli = new CliRun();

        var result = cli.Run(["measures", TestCsv.Path("heat", "healthequal_NonorderedSample.csv")], withDb: false);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain(":1:0: The HEAT Plus template's mandatory columns setting, date, source, indicator_abbr"));
    }

    [Test]
    public void A_missing_file_or_a_file_with_store_options_is_a_usage_error()
    {
        using var cli = new CliRun();

        var missing = cli.Run(["measures", Path.Combine(cli.Folder, "nope.csv")], withDb: false);
        var mixed = cli.Run(["measures", IdnExample, "--indicator", "U01405"]);

        Assert.That((missing.ExitCode, mixed.ExitCode), Is.EqualTo((2, 2)));
        Assert.That(missing.Error, Does.Contain("nope.csv: no such file"));
        Assert.That(mixed.Error, Does.Contain("--db, --indicator select data in the store; give either a FILE or --indicator, not both"));
    }

    [Test]
    public void Without_file_or_indicator_it_says_what_to_give()
    {
        using var cli = new CliRun();

        var result = cli.Run(["measures"]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("give a HEAT Plus FILE, or --indicator ID"));
    }

    /// <summary>WHO's healthequal NonorderedSample with the template's setting, date, source and indicator_abbr added.</summary>
    private static string TemplateFromHealthequalNonordered()
    {
        var text = new StringBuilder("setting,date,source,indicator_abbr,indicator_name,dimension,subgroup,estimate,se,ci_lb,ci_ub,population,note,setting_average,iso3,favourable_indicator,indicator_scale,ordered_dimension,subgroup_order,reference_subgroup\n");
        foreach (var r in TestCsv.Read(TestCsv.Path("heat", "healthequal_NonorderedSample.csv")))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"healthequal sample,2017,WHO healthequal NonorderedSample,sba,{r["indicator"]},{r["dimension"]},{r["subgroup"]},{r["estimate"]},{r["se"]},,,{r["population"]},,{r["setting_average"]},,{r["favourable_indicator"]},{r["indicator_scale"]},{r["ordered_dimension"]},0,{r["reference_subgroup"]}\n");
        }

        return text.ToString();
    }

    /// <summary>R's default (type 7) quantile of sorted values.</summary>
    private static double Type7(double[] sorted, double probability)
    {
        var h = (sorted.Length - 1) * probability;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }
}
