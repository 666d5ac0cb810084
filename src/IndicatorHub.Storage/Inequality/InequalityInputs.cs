using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Inequality;

/// <summary>One stored observation read as an input of a group.</summary>
internal sealed record InequalityInput(
    string Indicator,
    string Area,
    string Period,
    string Dimension,
    string Subgroup,
    double? Value,
    double? Se,
    double? CiLb,
    double? CiUb,
    double? Population,
    long Batch);

/// <summary>Reads the observations groups are assembled from, keyed for lookups.</summary>
internal sealed class InequalityInputs
{
    private readonly Dictionary<(string Indicator, string Area, string Period, string Dimension, string Subgroup), InequalityInput> _byKey;

    private InequalityInputs(List<InequalityInput> rows)
    {
        Rows = rows;
        _byKey = new Dictionary<(string, string, string, string, string), InequalityInput>(rows.Count);
        foreach (var row in rows)
        {
            _byKey[(row.Indicator, row.Area, row.Period, row.Dimension, row.Subgroup)] = row;
        }
    }

    /// <summary>Every row read, ordered by area code, period, indicator, dimension, subgroup.</summary>
    public IReadOnlyList<InequalityInput> Rows { get; }

    /// <summary>
    /// Reads observations of <paramref name="indicators"/>, optionally only some dimensions, areas (SCB codes) and
    /// one period.
    /// </summary>
    public static InequalityInputs Load(
        SqliteConnection connection,
        IEnumerable<string> indicators,
        IReadOnlyCollection<string>? dimensions,
        IReadOnlyCollection<string>? areaCodes,
        string? period)
    {
        var sql = new StringBuilder("""
            SELECT i.code AS Indicator, a.code AS Area, o.period, o.dimension, o.subgroup, o.value, o.se,
                   o.ci_lb AS CiLb, o.ci_ub AS CiUb, o.population, o.batch_id AS Batch
            FROM observations o
            JOIN indicators i ON i.id = o.indicator_id
            JOIN areas a ON a.id = o.area_id
            WHERE i.code IN @Indicators
            """);
        if (dimensions is not null)
        {
            sql.Append(" AND o.dimension IN @Dimensions");
        }

        if (areaCodes is not null)
        {
            sql.Append(" AND a.code IN @Areas");
        }

        if (period is not null)
        {
            sql.Append(" AND o.period = @Period");
        }

        sql.Append(" ORDER BY a.code, o.period, i.code, o.dimension, o.subgroup");
        var rows = connection.Query<InequalityInput>(
                sql.ToString(),
                new { Indicators = indicators.Distinct(StringComparer.Ordinal).ToArray(), Dimensions = dimensions, Areas = areaCodes, Period = period })
            .ToList();
        return new InequalityInputs(rows);
    }

    /// <summary>The row with this key, or null.</summary>
    public InequalityInput? Find(string indicator, string area, string period, string dimension, string subgroup) =>
        _byKey.GetValueOrDefault((indicator, area, period, dimension, subgroup));

    /// <summary>The total/total row of an indicator in an area and period, or null.</summary>
    public InequalityInput? Total(string indicator, string area, string period) =>
        Find(indicator, area, period, Core.Observations.Dimensions.Total, Core.Observations.Dimensions.TotalSubgroup);
}
