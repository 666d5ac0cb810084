using IndicatorHub.Storage.Inequality;

namespace IndicatorHub.Cli.Commands.Measures;

/// <summary>The CLI's English for a measure request that does not combine, naming the CLI's own options.</summary>
internal static class MeasureRequestText
{
    internal static string English(MeasureRequestException e) => e.Problem switch
    {
        MeasureRequestProblem.AreasNeedGroup => "The dimension 'areas' needs --group: a county, a kommungrupp or a network.",
        MeasureRequestProblem.GroupWithOtherDimension => $"--group compares municipalities (dimension 'areas'); it does not combine with dimension '{e.Dimension}'.",
        MeasureRequestProblem.AreaWithGroup => "--area and --group do not combine: the group's municipalities are the subgroups.",
        MeasureRequestProblem.NotAGroup => $"'{e.Subject}' is the {e.AreaKind} {e.AreaName}; --group takes riket (all municipalities), a county, a kommungrupp or a network.",
        MeasureRequestProblem.DimensionOfAnotherIndicator => $"'{e.Dimension}' is a breakdown of {e.ParentIndicator} assembled from {string.Join(", ", e.Related)}; use --indicator {e.ParentIndicator}.",
        _ => $"{e.Indicator} has no dimension '{e.Dimension}'; it has {string.Join(", ", e.Related)} (areas with --group).",
    };
}
