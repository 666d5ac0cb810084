using IndicatorHub.Core.Indicators;
using IndicatorHub.Import.Formats.Kolada;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats.Kolada;

/// <summary>
/// The KPI metadata of RKA's Agenda 2030 set (samples/rka-agenda2030/kpi_metadata_agenda2030.csv, Kolada v2
/// metadata with v3-style column names) through the Kolada CSV parser. Expected texts are copied from the file.
/// </summary>
public class KoladaAgenda2030MetadataTests
{
    private static ImportSource Metadata() =>
        ImportSource.FromFile(Path.Combine(FormatFixtures.Agenda2030Samples(), "kpi_metadata_agenda2030.csv"));

    private static Dictionary<string, Indicator> Indicators()
    {
        using var metadata = Metadata();
        return FormatFixtures.Parse(new KoladaCsvParser(), metadata).OfType<ParsedIndicator>().ToDictionary(p => p.Indicator.Id, p => p.Indicator);
    }

    [Test]
    public void Is_detected_as_Kolada_KPI_metadata_and_gives_all_84_KPIs_without_a_problem()
    {
        using var metadata = Metadata();
        var items = FormatFixtures.Parse(new KoladaCsvParser(), metadata);

        Assert.That(FormatFixtures.Detect(metadata), Is.EqualTo(ImportFormat.KoladaCsv));
        Assert.That(items.Problems(), Is.Empty);
        Assert.That(items.OfType<ParsedIndicator>().Select(p => p.Indicator.Id).Distinct().Count(), Is.EqualTo(84));
        Assert.That(items.Observations(), Is.Empty);
    }

    [Test]
    public void Reads_title_description_unit_scale_and_gender_split()
    {
        var kpis = Indicators();

        Assert.Multiple(() =>
        {
            var lifeExpectancy = kpis["N00923"];
            Assert.That(lifeExpectancy.Title, Is.EqualTo("Medellivslängd män, år"));
            Assert.That(lifeExpectancy.Description, Is.EqualTo("Beräknad återstående medellivslängd i antal år vid födelsen perioden T-4 till år T för män födda i Sverige. Källa: SCB."));
            Assert.That((lifeExpectancy.Unit, lifeExpectancy.Scale, lifeExpectancy.DividedByGender), Is.EqualTo(("år", (double?)1, false)));
            Assert.That(lifeExpectancy.Source, Is.EqualTo("Kolada"));

            var antibiotics = kpis["N00404"];
            Assert.That(antibiotics.Title, Is.EqualTo("Antibiotikaförsäljning, recept/1000 inv"));
            Assert.That(antibiotics.Description, Does.StartWith("Antalet expedieringar mot recept av läkemedel i ATC-grupp J01 exkl. J01XX05"));
            Assert.That((antibiotics.Unit, antibiotics.Scale, antibiotics.DividedByGender), Is.EqualTo(("recept/1000 inv", (double?)1000, true)));
            Assert.That(antibiotics.OperatingArea, Is.EqualTo("Kommunen, övergripande"));

            var selfRatedHealth = kpis["U01405"];
            Assert.That(selfRatedHealth.Title, Is.EqualTo("Invånare med bra självskattat hälsotillstånd, andel (%)"));
            Assert.That((selfRatedHealth.Unit, selfRatedHealth.Scale, selfRatedHealth.DividedByGender), Is.EqualTo(("%", (double?)100, true)));

            var violence = kpis["N07403"];
            Assert.That((violence.Unit, violence.Scale, violence.DividedByGender), Is.EqualTo(("antal/100 000 inv", (double?)100_000, false)));

            var emissions = kpis["N00401"];
            Assert.That((emissions.Unit, emissions.Scale), Is.EqualTo(("ton CO2-ekv/inv", (double?)1)));
            Assert.That(emissions.OperatingArea, Is.EqualTo("Kommunen, övergripande,Landstinget, övergripande"));

            var partnerViolence = kpis["N07401"];
            Assert.That(partnerViolence.Title, Does.EndWith("antal/100 000 inv (-2018)"));
            Assert.That((partnerViolence.Unit, partnerViolence.Scale), Is.EqualTo(("antal/100 000 inv", (double?)100_000)), "the discontinuation mark is no unit");
        });
    }

    [Test]
    public void Every_KPI_but_the_dependency_ratio_gets_a_unit_from_its_title()
    {
        // The file's titles: 83 end in a unit; "Demografisk försörjningskvot" (N00927) is a ratio with none.
        var withoutUnit = Indicators().Values.Where(i => i.Unit is null).Select(i => i.Id).ToList();

        Assert.That(withoutUnit, Is.EqualTo(new[] { "N00927" }));
    }

    [Test]
    public void Thirty_two_KPIs_are_divided_by_gender_as_the_README_counts()
    {
        Assert.That(Indicators().Values.Count(i => i.DividedByGender), Is.EqualTo(32));
    }
}
