using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Sdg;

/// <summary>
/// Every indicator → SDG mapping in stored order (the order of the last imported file, then added mappings),
/// including mappings of indicators the store does not hold yet.
/// </summary>
public static class SdgMappingQuery
{
    /// <summary>Runs the query on an open connection.</summary>
    public static SdgMappingSet Run(SqliteConnection connection) => SdgMappingSet.Create(SdgMappingRows.ReadAll(connection));
}
