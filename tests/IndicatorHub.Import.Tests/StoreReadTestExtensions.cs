using IndicatorHub.Core.Areas;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Batches;
using IndicatorHub.Storage.Queries.Observations;

namespace IndicatorHub.Import.Tests;

/// <summary>
/// What the import tests read back from a store, through the same query classes the front ends use (the store
/// itself no longer reads); each opens one connection and returns materialised rows.
/// </summary>
internal static class StoreReadTestExtensions
{
    internal static IReadOnlyList<ImportBatch> GetBatches(this IndicatorStore store) => store.Read(c => BatchListQuery.Run(c));

    internal static IReadOnlyList<Area> GetAreas(this IndicatorStore store) => store.Read(AreaListQuery.Run);

    internal static IEnumerable<StoredObservation> ReadObservations(this IndicatorStore store, ObservationFilter filter) =>
        store.Read(c => ObservationExportQuery.Run(c, filter).ToList());
}
