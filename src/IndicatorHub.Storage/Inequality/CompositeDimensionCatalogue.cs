using System.Globalization;
using IndicatorHub.Storage.ReferenceData;

namespace IndicatorHub.Storage.Inequality;

/// <summary>The composite dimensions shipped in data/dimensions (embedded), and the reader of that file format.</summary>
public static class CompositeDimensionCatalogue
{
    private static readonly Lazy<IReadOnlyList<CompositeDimension>> s_shipped =
        new(() => Parse(ReferenceCsv.ReadResource("dimensions/kolada_composite_dimensions.csv")));

    /// <summary>The shipped definitions.</summary>
    /// <exception cref="InvalidOperationException">The shipped file breaks a rule (a build error, caught by tests).</exception>
    public static IReadOnlyList<CompositeDimension> Shipped => s_shipped.Value;

    /// <summary>The composite dimensions of <paramref name="indicator"/>.</summary>
    public static IEnumerable<CompositeDimension> For(string indicator) =>
        Shipped.Where(d => string.Equals(d.Indicator, indicator, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses CSV text in the data/dimensions format; for tests and for user-supplied definitions.</summary>
    /// <exception cref="InvalidOperationException">A rule is broken; the message names the dimension.</exception>
    public static IReadOnlyList<CompositeDimension> Parse(string csvText) => Parse(ReferenceCsv.ReadText(csvText));

    private static List<CompositeDimension> Parse(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        var result = new List<CompositeDimension>();
        foreach (var group in rows.GroupBy(r => (Dimension: Cell(r, "dimension"), Indicator: Cell(r, "indicator"))))
        {
            var first = group.First();
            var ordered = Cell(first, "ordered") == "1";
            var subgroups = group.Select(r => new CompositeSubgroup(
                    Cell(r, "subgroup"),
                    Cell(r, "subgroup_order") is { Length: > 0 } order ? int.Parse(order, NumberStyles.Integer, CultureInfo.InvariantCulture) : null,
                    Cell(r, "source_indicator"),
                    NullIfEmpty(Cell(r, "population_indicator")),
                    NullIfEmpty(Cell(r, "population_share_indicator")),
                    Cell(r, "population_fraction") is { Length: > 0 } fraction ? double.Parse(fraction, NumberStyles.Float, CultureInfo.InvariantCulture) : null))
                .OrderBy(s => s.Order ?? 0)
                .ToList();
            var dimension = new CompositeDimension(group.Key.Dimension, Cell(first, "title"), ordered, group.Key.Indicator, subgroups);
            Validate(dimension, group.Select(r => Cell(r, "ordered")).Distinct().Count() == 1);
            result.Add(dimension);
        }

        return result;
    }

    private static void Validate(CompositeDimension d, bool consistentOrdered)
    {
        var where = $"composite dimension '{d.Id}' of {d.Indicator}";
        if (d.Id.Length == 0 || d.Indicator.Length == 0 || !consistentOrdered)
        {
            throw new InvalidOperationException($"{where}: dimension, indicator and ordered must be set and the same on every row.");
        }

        if (d.Subgroups.Count < 2 || d.Subgroups.Any(s => s.Subgroup.Length == 0 || s.SourceIndicator.Length == 0))
        {
            throw new InvalidOperationException($"{where}: needs at least two subgroups, each with a label and a source_indicator.");
        }

        if (d.Ordered && !d.Subgroups.Select(s => s.Order ?? 0).SequenceEqual(Enumerable.Range(1, d.Subgroups.Count)))
        {
            throw new InvalidOperationException($"{where}: an ordered dimension numbers its subgroups 1..{d.Subgroups.Count} (1 = most disadvantaged).");
        }

        if (d.Subgroups.Any(s => s.PopulationShareIndicator is not null && s.PopulationFraction is not null
                || (s.PopulationShareIndicator is not null || s.PopulationFraction is not null) && s.PopulationIndicator is null
                || s.PopulationFraction is <= 0 or > 1))
        {
            throw new InvalidOperationException(
                $"{where}: a subgroup's population is population_indicator × (population_share_indicator / 100 or population_fraction in (0, 1]), never both.");
        }
    }

    private static string Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) ? value.Trim() : string.Empty;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
