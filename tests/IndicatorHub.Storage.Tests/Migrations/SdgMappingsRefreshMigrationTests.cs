using Dapper;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Migrations;
using IndicatorHub.Storage.Sdg;
using IndicatorHub.Storage.Queries.Sdg;

namespace IndicatorHub.Storage.Tests.Migrations;

public class SdgMappingsRefreshMigrationTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_database_seeded_by_the_old_file_gets_the_shipped_mapping_and_keeps_the_analysts_rows()
    {
        using var fixture = new StoreFixture();
        var shipped = CuratedMapping.Load();

        // The state migration 3 left before the file covered the Agenda 2030 set: every row curated, two of the
        // set's KPIs (N00404, U07514) not there yet, and a goal-level N00923 row the file no longer has.
        var old = shipped
            .Where(m => m.IndicatorId is not ("N00404" or "U07514"))
            .Select(m => m with { Source = SdgMappingSource.Curated, MappedAt = Earlier, Note = "old note" })
            .Append(new SdgMapping("N00923", 3, null, false, SdgMappingSource.Curated, Earlier, "old goal-level row"))
            .ToList();
        using (var transaction = fixture.Connection.BeginTransaction())
        {
            SdgMappingRows.ReplaceAll(fixture.Connection, transaction, old);
            // Back to version 4: the runner applies what is newer than the highest version, so later ones go too.
            fixture.Connection.Execute("DELETE FROM schema_migrations WHERE version >= 5", transaction: transaction);
            transaction.Commit();
        }

        // An analyst made goal 10 the primary of self-rated health, demoting the old curated 3.4 row.
        fixture.Store.AddSdgMapping("U01405", 10, "10.2", isPrimary: true, note: "analyst's choice");

        var applied = fixture.Store.Initialize();
        var stored = fixture.Store.Read(SdgMappingQuery.Run);

        Assert.That(applied[0], Is.EqualTo(5));
        Assert.Multiple(() =>
        {
            Assert.That(stored.For("N00404"), Is.EqualTo(shipped.For("N00404")), "a KPI new to the file is added as shipped");
            Assert.That(stored.For("U07514"), Is.EqualTo(shipped.For("U07514")));
            Assert.That(stored.For("N00923"), Is.EqualTo(shipped.For("N00923")), "old shipped rows are replaced, the stale goal-level row is gone");
            Assert.That(stored.PrimaryFor("N00923")!.Source, Is.EqualTo(SdgMappingSource.Kolada));
            Assert.That(stored.For("N70402"), Is.EqualTo(shipped.For("N70402")), "a KPI outside the set is curated as shipped");

            var selfRated = stored.For("U01405");
            Assert.That(selfRated.Select(m => (m.Goal, m.TargetId, m.IsPrimary, m.Source)), Is.EquivalentTo(new[]
            {
                (10, (string?)"10.2", true, SdgMappingSource.Analyst),
                (3, (string?)"3.4", false, SdgMappingSource.Kolada),
            }));
            Assert.That(selfRated.Single(m => m.Goal == 3).Progress, Is.Null, "progress settings stay with the analyst's primary");
            Assert.That(stored, Has.Count.EqualTo(shipped.Count + 1), "every shipped row plus the analyst's");
        });
    }

    [Test]
    public void A_row_imported_from_a_Kolada_group_with_the_same_link_is_kept_as_imported()
    {
        var shipped = CuratedMapping.Load();
        var imported = new SdgMapping("N85051", 6, "6.3", true, SdgMappingSource.Kolada, Earlier, "Kolada KPI group X: Agenda 2030 – Mål 6");

        var refreshed = SdgMappingsRefreshMigration.Refresh([imported], shipped);

        var lakes = refreshed.Where(m => m.IndicatorId == "N85051").ToList();
        Assert.That(lakes.Single(m => m.TargetId == "6.3"), Is.EqualTo(imported));
        Assert.That(lakes.Single(m => m.TargetId == "6.6").IsPrimary, Is.False);
        Assert.That(() => SdgMappingSet.Create(refreshed), Throws.Nothing, "one primary per indicator");
    }
}
