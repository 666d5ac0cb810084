namespace IndicatorHub.Storage.Inequality;

/// <summary>
/// A dimension that a source publishes as one indicator per subgroup (Kolada's turnout by income quintile,
/// N65870..N65874), assembled into one dimension of <see cref="Indicator"/>. Defined as data in
/// data/dimensions/kolada_composite_dimensions.csv (see its README).
/// </summary>
/// <param name="Id">Dimension id, e.g. "income_quintile".</param>
/// <param name="Title">Readable name.</param>
/// <param name="Ordered">True for an ordered dimension (subgroup order 1 = most disadvantaged).</param>
/// <param name="Indicator">The indicator whose breakdown this is; its total value is the setting average.</param>
/// <param name="Subgroups">The subgroups, in order for ordered dimensions.</param>
public sealed record CompositeDimension(string Id, string Title, bool Ordered, string Indicator, IReadOnlyList<CompositeSubgroup> Subgroups)
{
    /// <summary>Every indicator whose observations the dimension reads (sources, populations, shares, the indicator itself).</summary>
    public IEnumerable<string> InputIndicators =>
        Subgroups.SelectMany(s => new[] { s.SourceIndicator, s.PopulationIndicator, s.PopulationShareIndicator })
            .Append(Indicator)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
}

/// <summary>One subgroup of a <see cref="CompositeDimension"/>.</summary>
/// <param name="Subgroup">Label.</param>
/// <param name="Order">1..n in an ordered dimension; null otherwise.</param>
/// <param name="SourceIndicator">The indicator holding this subgroup's estimate (its total/total value).</param>
/// <param name="PopulationIndicator">The population the subgroup is part of (N01951); null when unknown.</param>
/// <param name="PopulationShareIndicator">The subgroup's share of that population in percent; null when <paramref name="PopulationFraction"/> is used.</param>
/// <param name="PopulationFraction">A fixed fraction of the population (0.2 for a quintile).</param>
public sealed record CompositeSubgroup(
    string Subgroup,
    int? Order,
    string SourceIndicator,
    string? PopulationIndicator,
    string? PopulationShareIndicator,
    double? PopulationFraction);
