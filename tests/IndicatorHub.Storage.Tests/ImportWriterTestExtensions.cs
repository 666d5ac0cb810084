using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage.Tests;

/// <summary>Writing hand-built observations through the real import writer, asserting each row is accepted.</summary>
internal static class ImportWriterTestExtensions
{
    internal static void WriteRow(this ImportWriter writer, string indicator, string period, string area, double? value, string dimension = "total", string subgroup = "total")
    {
        Assert.That(writer.Areas.TryResolve(area, out var areaId, out _), Is.True, area);
        Assert.That(writer.WriteObservation(writer.ResolveIndicator(indicator), areaId, period, dimension, subgroup, new ObservationValues(value)), Is.True);
    }
}
