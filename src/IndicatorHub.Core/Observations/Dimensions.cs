namespace IndicatorHub.Core.Observations;

/// <summary>The canonical dimension and subgroup names that every importer maps to.</summary>
public static class Dimensions
{
    /// <summary>The dimension of a value for the whole population.</summary>
    public const string Total = "total";

    /// <summary>The only subgroup of <see cref="Total"/>.</summary>
    public const string TotalSubgroup = "total";

    /// <summary>Sex (Kolada's gender K/M).</summary>
    public const string Sex = "sex";

    /// <summary>Women (Kolada K, SCB kvinnor).</summary>
    public const string Female = "female";

    /// <summary>Men (Kolada M, SCB män).</summary>
    public const string Male = "male";

    /// <summary>
    /// Maps Kolada's gender code to a (dimension, subgroup) pair: T → total/total, K → sex/female, M → sex/male.
    /// </summary>
    /// <returns>False for any other code.</returns>
    public static bool TryFromKoladaGender(string? gender, out string dimension, out string subgroup)
    {
        switch (gender?.Trim().ToUpperInvariant())
        {
            case "T" or "" or null:
                (dimension, subgroup) = (Total, TotalSubgroup);
                return true;
            case "K":
                (dimension, subgroup) = (Sex, Female);
                return true;
            case "M":
                (dimension, subgroup) = (Sex, Male);
                return true;
            default:
                (dimension, subgroup) = (string.Empty, string.Empty);
                return false;
        }
    }
}
