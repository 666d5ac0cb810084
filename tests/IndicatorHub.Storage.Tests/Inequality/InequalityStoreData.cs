using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage.Tests.Inequality;

/// <summary>One observation to put into a test store.</summary>
internal sealed record Obs(string Indicator, string Area, string Period, string Dimension, string Subgroup, double? Value, double? Population = null)
{
    internal static Obs Total(string indicator, string area, string period, double? value) => new(indicator, area, period, "total", "total", value);

    internal static Obs Female(string indicator, string area, string period, double? value) => new(indicator, area, period, "sex", "female", value);

    internal static Obs Male(string indicator, string area, string period, double? value) => new(indicator, area, period, "sex", "male", value);
}

/// <summary>Puts observations into a fixture's store through the import writer, one batch per call, as an import does.</summary>
internal static class InequalityStoreData
{
    internal static ImportBatchSummary Import(StoreFixture fixture, string file, IEnumerable<Obs> rows, params Indicator[] indicators)
    {
        var list = rows.ToList();
        using var writer = fixture.Store.BeginImport(new ImportBatchStart(file, "long-csv", file));
        foreach (var indicator in indicators)
        {
            writer.MergeIndicator(indicator);
        }

        foreach (var row in list)
        {
            if (!writer.Areas.TryResolve(row.Area, out var area, out _))
            {
                throw new InvalidOperationException("unknown test area " + row.Area);
            }

            writer.WriteObservation(writer.ResolveIndicator(row.Indicator), area, row.Period, row.Dimension, row.Subgroup, new ObservationValues(row.Value, Population: row.Population));
        }

        var summary = writer.Finish(list.Count, 0, keepGoodRows: false, dryRun: false);
        Assert.That(summary.Outcome, Is.EqualTo(ImportOutcome.Stored), "test data must import");
        return summary;
    }
}
