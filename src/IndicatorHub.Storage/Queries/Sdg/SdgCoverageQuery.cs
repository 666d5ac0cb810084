using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Sdg;

/// <summary>
/// Coverage of every goal and target by the stored mappings and data (<see cref="SdgCoverage.Compute"/> over
/// <see cref="SdgAvailabilityQuery"/>). For all municipalities, MunicipalitiesWithData counts municipalities; for
/// one area it is 1 or 0, and a target whose IndicatorsWithData is 0 is blind there.
/// </summary>
public static class SdgCoverageQuery
{
    /// <summary>Runs the query; <paramref name="area"/> null means all municipalities.</summary>
    public static SdgCoverageReport Run(SqliteConnection connection, Area? area = null, int periods = SdgCoverage.DefaultPeriods) =>
        SdgCoverage.Compute(SdgMappingQuery.Run(connection), SdgAvailabilityQuery.Run(connection, area, periods), periods: periods);
}
