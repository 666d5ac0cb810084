namespace IndicatorHub.Storage.Queries.Profiles;

/// <summary>One stored value with the batch that set it, and its interval where the data has one.</summary>
/// <param name="Period">The period as stored ("2022", "2019-2022").</param>
/// <param name="Value">The value.</param>
/// <param name="Batch">The import batch that set it (/sources/{batch}).</param>
/// <param name="Lower">Lower limit of the 95 % interval, when stored.</param>
/// <param name="Upper">Upper limit of the 95 % interval, when stored.</param>
/// <param name="StandardError">The standard error, when stored.</param>
public sealed record StoredValue(string Period, double Value, long Batch, double? Lower = null, double? Upper = null, double? StandardError = null);

/// <summary>The mean of a kommungrupp's municipalities for one period (Kolada publishes no kommungrupp values).</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The unweighted mean of the members' values.</param>
/// <param name="Members">How many members had a value.</param>
/// <param name="Batch">The highest batch among the members' values.</param>
public sealed record GroupMeanValue(string Period, double Value, int Members, long Batch);

/// <summary>Women's and men's values for the same period.</summary>
public sealed record SexPair(string Period, StoredValue Women, StoredValue Men)
{
    /// <summary>The absolute gap d = women − men.</summary>
    public double Difference => Women.Value - Men.Value;

    /// <summary>The relative gap r = women / men; null when men's value is 0.</summary>
    public double? Ratio => Men.Value == 0 ? null : Women.Value / Men.Value;
}
