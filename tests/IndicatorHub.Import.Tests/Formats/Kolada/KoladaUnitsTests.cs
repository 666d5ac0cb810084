using IndicatorHub.Import.Formats.Kolada;

namespace IndicatorHub.Import.Tests.Formats.Kolada;

public class KoladaUnitsTests
{
    // Real Kolada titles from the v2 metadata dump.
    [TestCase("Invånare 16-84 år med allvarlig psykisk påfrestning, andel (%)", "%", 100)]
    [TestCase("Medellivslängd män, år", "år", 1)]
    [TestCase("Invånare totalt, antal", "antal", 1)]
    [TestCase("Lungcancer, dödlighet, 25+ år, antal/100 000 inv", "antal/100 000 inv", 100_000)]
    [TestCase("Anmälda våldsbrott, antal/1000 inv", "antal/1000 inv", 1000)]
    [TestCase("Ginikoefficient – hushållens disponibla inkomster, index", "index", 1)]
    [TestCase("Kostnad individ- och familjeomsorg, kr/inv", "kr/inv", 1)]
    public void Reads_unit_and_scale_from_the_title(string title, string unit, double scale)
    {
        Assert.That(KoladaUnits.FromTitle(title), Is.EqualTo(((string?)unit, (double?)scale)));
    }

    [TestCase("Brukarbedömning hemtjänst äldreomsorg - helhetssyn")]
    [TestCase("")]
    public void Says_nothing_when_the_title_states_no_unit(string title)
    {
        Assert.That(KoladaUnits.FromTitle(title), Is.EqualTo(((string?)null, (double?)null)));
    }
}
