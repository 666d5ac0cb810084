namespace IndicatorHub.Storage.Inequality;

/// <summary>Why a <see cref="MeasureRequest"/> cannot be answered as asked; each front end words it (the CLI names its options).</summary>
public enum MeasureRequestProblem
{
    /// <summary>The dimension "areas" compares a group's municipalities, and no group was given.</summary>
    AreasNeedGroup = 1,

    /// <summary>A group compares municipalities; it does not combine with another dimension (<see cref="MeasureRequestException.Dimension"/>).</summary>
    GroupWithOtherDimension = 2,

    /// <summary>An area and a group were both given; the group's municipalities are the subgroups.</summary>
    AreaWithGroup = 3,

    /// <summary>The group named a municipality or another area that is not a county (<see cref="MeasureRequestException.Subject"/>, <see cref="MeasureRequestException.AreaKind"/>).</summary>
    NotAGroup = 4,

    /// <summary>The dimension is a breakdown of another indicator (<see cref="MeasureRequestException.ParentIndicator"/>, assembled from <see cref="MeasureRequestException.Related"/>).</summary>
    DimensionOfAnotherIndicator = 5,

    /// <summary>The indicator has no such dimension; <see cref="MeasureRequestException.Related"/> lists those it has.</summary>
    UnknownDimension = 6,
}

/// <summary>
/// A measure request that does not combine, with the problem typed and its data, so the CLI can name its options
/// and the web its own controls. The message is a plain English fallback that names no front end's options.
/// </summary>
public sealed class MeasureRequestException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="problem"/>.</summary>
    public MeasureRequestException(MeasureRequestProblem problem, string message)
        : base(message, "request")
    {
        Problem = problem;
    }

    /// <summary>What is wrong.</summary>
    public MeasureRequestProblem Problem { get; }

    /// <summary>The indicator the request names.</summary>
    public string? Indicator { get; init; }

    /// <summary>The dimension the request names.</summary>
    public string? Dimension { get; init; }

    /// <summary>The text that named the area or group.</summary>
    public string? Subject { get; init; }

    /// <summary>The name of the area a group named, for <see cref="MeasureRequestProblem.NotAGroup"/>.</summary>
    public string? AreaName { get; init; }

    /// <summary>The kind of that area ("municipality", "country" …), for <see cref="MeasureRequestProblem.NotAGroup"/>.</summary>
    public string? AreaKind { get; init; }

    /// <summary>The indicator a composite dimension belongs to, for <see cref="MeasureRequestProblem.DimensionOfAnotherIndicator"/>.</summary>
    public string? ParentIndicator { get; init; }

    /// <summary>Source indicators or available dimensions, by problem.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
}
