using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Storage.Inequality;

/// <summary>
/// One group of subgroups assembled from the store: setting × period × indicator × dimension, ready for
/// <see cref="InequalityCalculator"/>.
/// </summary>
/// <param name="Indicator">Indicator id.</param>
/// <param name="Setting">The area's SCB code, or the name of a county, kommungrupp or network.</param>
/// <param name="Dimension">sex, areas or a composite dimension id.</param>
/// <param name="Period">The period as stored.</param>
/// <param name="Context">Direction, scale, ordering and setting average.</param>
/// <param name="Subgroups">Every subgroup the dimension has, with a null estimate where the store has none.</param>
/// <param name="MaxInputBatch">The highest batch id among the observation rows read for the group (0 when none).</param>
public sealed record InequalityGroup(
    string Indicator,
    string Setting,
    string Dimension,
    string Period,
    InequalityContext Context,
    IReadOnlyList<SubgroupEstimate> Subgroups,
    long MaxInputBatch)
{
    /// <summary>
    /// SHA-256 (hex) over everything the measures are computed from: context, every subgroup field and the highest
    /// input batch id. Two groups with the same hash give the same measures; the cache compares it.
    /// </summary>
    public string InputHash()
    {
        var text = new StringBuilder(64 + 48 * Subgroups.Count);
        text.Append(CultureInfo.InvariantCulture, $"v1|{Context.FavourableIndicator}|{R(Context.Scale)}|{Context.OrderedDimension}|{R(Context.SettingAverage)}|{MaxInputBatch}");
        foreach (var s in Subgroups)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n{s.Subgroup}|{R(s.Estimate)}|{R(s.Se)}|{R(s.CiLb)}|{R(s.CiUb)}|{R(s.Population)}|{s.Order}|{s.IsReference}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string R(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "-";
}
