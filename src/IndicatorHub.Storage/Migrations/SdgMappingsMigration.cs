using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Migrations;

/// <summary>
/// Creates the indicator → SDG mapping table and seeds it with the curated mapping shipped in Core
/// (data/sdg/curated_mapping.csv), so a new database knows where every KPI of the real data belongs before any
/// of them is imported.
/// </summary>
internal sealed class SdgMappingsMigration : IMigration
{
    private readonly SqlScriptMigration _schema = new(3, "sdg mappings", "migrations/0003_sdg_mappings.sql");

    public int Version => _schema.Version;

    public string Name => _schema.Name;

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        _schema.Apply(connection, transaction);

        // Validated against the catalogue only: the mapping is keyed by code and waits for its indicators.
        var curated = CuratedMapping.Load().Select(m => m with { Source = SdgMappingSource.Curated });
        SdgMappingRows.InsertAll(connection, transaction, curated);
    }
}
