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
    // Real titles from RKA's Agenda 2030 set (samples/rka-agenda2030/kpi_metadata_agenda2030.csv).
    [TestCase("Antibiotikaförsäljning, recept/1000 inv", "recept/1000 inv", 1000)]
    [TestCase("Arbetsolyckor, antal/1000 sysselsatta", "antal/1000 sysselsatta", 1000)]
    [TestCase("Anmälda misshandelsbrott mot kvinna, inomhus, bekant med offret, antal/ 100 000 inv", "antal/ 100 000 inv", 100_000)]
    [TestCase("Fallskador bland personer 65+, 3-årsm, antal vårdtillfällen/100 000 inv", "antal vårdtillfällen/100 000 inv", 100_000)]
    [TestCase("Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv", "ton CO2-ekv/inv", 1)]
    [TestCase("Utsläpp till luft av växthusgaser totalt, ton CO2-ekv", "ton CO2-ekv", 1)]
    [TestCase("Bruttoregionprodukt, kommun (BRP), 1000 kr/invånare", "1000 kr/invånare", 1)]
    [TestCase("Elavbrott,  genomsnittlig avbrottstid per kund (SAIDI), minuter/kund", "minuter/kund", 1)]
    [TestCase("Insamlat kommunalt avfall totalt, kg/invånare (justerat)", "kg/invånare (justerat)", 1)]
    [TestCase("Företagsklimat enl. ÖJ (Insikt) - Totalt, Index", "Index", 1)]
    [TestCase("Elbilsladdpunkter, totalt antal", "totalt antal", 1)]
    [TestCase("Förvärvsarbetande invånare 20-64 år, andel (%) (-2021)", "%", 100)]
    public void Reads_unit_and_scale_from_the_title(string title, string unit, double scale)
    {
        Assert.That(KoladaUnits.FromTitle(title), Is.EqualTo(((string?)unit, (double?)scale)));
    }

    [TestCase("Brukarbedömning hemtjänst äldreomsorg - helhetssyn")]
    [TestCase("Demografisk försörjningskvot")]
    [TestCase("")]
    public void Says_nothing_when_the_title_states_no_unit(string title)
    {
        Assert.That(KoladaUnits.FromTitle(title), Is.EqualTo(((string?)null, (double?)null)));
    }
}
