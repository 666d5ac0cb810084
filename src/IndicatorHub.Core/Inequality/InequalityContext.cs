namespace IndicatorHub.Core.Inequality;

/// <summary>
/// What HEAT knows about a group beyond its subgroups: indicator direction and scale, and the kind of dimension.
/// </summary>
/// <param name="FavourableIndicator">True when higher is better (HEAT favourable_indicator = 1), false for adverse indicators.</param>
/// <param name="Scale">Indicator scale: 100 for percentages, 1000 for rates per 1000, 1 for plain values (HEAT indicator_scale).</param>
/// <param name="OrderedDimension">True for dimensions with a natural order (wealth, education), false for sex, region, area.</param>
/// <param name="SettingAverage">
/// The setting (national) average; used as the mean μ only when some populations are unknown, as HEAT's get_weighted_mean does.
/// </param>
public sealed record InequalityContext(
    bool FavourableIndicator,
    double Scale,
    bool OrderedDimension,
    double? SettingAverage = null);
