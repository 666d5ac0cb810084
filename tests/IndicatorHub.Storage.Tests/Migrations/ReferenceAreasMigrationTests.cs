using IndicatorHub.Core.Areas;
using IndicatorHub.Storage.Queries.Areas;

namespace IndicatorHub.Storage.Tests.Migrations;

public class ReferenceAreasMigrationTests
{
    [Test]
    public void Seeds_the_country_21_regions_and_290_municipalities()
    {
        using var fixture = new StoreFixture();

        var areas = fixture.Store.Read(AreaListQuery.Run);

        Assert.That(areas.Count(a => a.Kind == AreaKind.Country), Is.EqualTo(1));
        Assert.That(areas.Count(a => a.Kind == AreaKind.Region), Is.EqualTo(21));
        Assert.That(areas.Count(a => a.Kind == AreaKind.Municipality), Is.EqualTo(290));
        Assert.That(areas[0], Is.EqualTo(new Area("00", "0000", "Riket", AreaKind.Country)));
    }

    [Test]
    public void Municipalities_carry_county_and_SKR_group()
    {
        using var fixture = new StoreFixture();

        var malmo = fixture.Store.Read(c => AreaLookupQuery.Run(c, "1280"));

        Assert.That(malmo, Is.Not.Null);
        Assert.That(malmo!.Name, Is.EqualTo("Malmö"));
        Assert.That(malmo.CountyCode, Is.EqualTo("12"));
        Assert.That(malmo.MunicipalityGroupId, Is.EqualTo("G92787"));
        Assert.That(malmo.MunicipalityGroupTitle, Is.EqualTo("Storstäder"));
        Assert.That(fixture.Store.Read(AreaListQuery.Run).Where(a => a.Kind == AreaKind.Municipality).All(a => a.MunicipalityGroupId is not null), Is.True,
            "every municipality belongs to one of SKR's nine groups");
    }

    [TestCase("0180", "0180")]
    [TestCase("Stockholm", "0180")]
    [TestCase("STOCKHOLMS KOMMUN", "0180")]
    [TestCase("01", "01")]
    [TestCase("0001", "01")]
    [TestCase("Region Stockholm", "01")]
    [TestCase("Stockholms län", "01")]
    [TestCase("Västra Götalandsregionen", "14")]
    [TestCase("0000", "00")]
    [TestCase("riket", "00")]
    [TestCase("1917", "0331")]
    [TestCase("Heby", "0331")]
    [TestCase("  Malmö ", "1280")]
    public void Resolves_codes_of_both_systems_names_and_old_codes(string written, string expectedCode)
    {
        using var fixture = new StoreFixture();

        var found = fixture.Store.Read(AreaDirectoryQuery.Run).TryResolve(written, out _, out var code);

        Assert.That(found, Is.True);
        Assert.That(code, Is.EqualTo(expectedCode));
    }

    [TestCase("9999")]
    [TestCase("Atlantis")]
    [TestCase("")]
    public void Does_not_resolve_unknown_areas(string written)
    {
        using var fixture = new StoreFixture();

        Assert.That(fixture.Store.Read(AreaDirectoryQuery.Run).TryResolve(written, out _, out _), Is.False);
    }
}
