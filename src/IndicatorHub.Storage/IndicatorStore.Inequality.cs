using Dapper;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Core.Observations;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Networks;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Queries.Networks;
using IndicatorHub.Storage.ReferenceData;

namespace IndicatorHub.Storage;

public sealed partial class IndicatorStore
{
    /// <summary>
    /// Assembles the groups a request selects: for an area (or every area with data) and every period (or one),
    /// sex and the composite dimensions of data/dimensions; or, with <see cref="MeasureRequest.Group"/>, the
    /// group's municipalities as the subgroups of the non-ordered dimension "areas".
    /// </summary>
    /// <exception cref="ArgumentException">Unknown indicator, area, group or dimension, or options that do not combine; the message says which.</exception>
    public InequalityGroupSet AssembleInequalityGroups(MeasureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var connection = _connections.Open();
        var indicator = FindIndicatorForMeasures(connection, request.Indicator);
        var direction = IndicatorDirection.Resolve(indicator, request.HigherIsBetter);
        var notes = new List<string>(direction.Notes);

        if (request.Group is not null || request.Dimension == InequalityDimensions.Areas)
        {
            if (request.Group is null)
            {
                throw new MeasureRequestException(MeasureRequestProblem.AreasNeedGroup, "The dimension 'areas' needs a group: a county, a kommungrupp or a network.") { Indicator = request.Indicator, Dimension = request.Dimension };
            }

            if (request.Dimension is not null and not InequalityDimensions.Areas)
            {
                throw new MeasureRequestException(MeasureRequestProblem.GroupWithOtherDimension, $"A group compares municipalities (dimension 'areas'); it does not combine with dimension '{request.Dimension}'.") { Indicator = request.Indicator, Dimension = request.Dimension, Subject = request.Group };
            }

            if (request.Area is not null)
            {
                throw new MeasureRequestException(MeasureRequestProblem.AreaWithGroup, "An area and a group do not combine: the group's municipalities are the subgroups.") { Indicator = request.Indicator, Subject = request.Area };
            }

            var group = request.Members is { Count: > 0 } members
                ? new AreaGroup(AreaGroupKind.Network, request.Group, [.. members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], null)
                : ResolveAreaGroup(connection, request.Group);
            var groups = InequalityGroupAssembler.Areas(connection, direction, group, request.Period);
            if (!groups.SelectMany(g => g.Subgroups).Any(s => s.Population is not null))
            {
                notes.Add($"No population (N01951) for the members of {group.Name} in these periods; the population-weighted measures are not computed.");
            }

            return new InequalityGroupSet(direction, groups, notes);
        }

        string[]? areaCodes = null;
        if (request.Area is not null)
        {
            var area = AreaLookupQuery.Run(connection, request.Area) ?? throw new ArgumentException($"Unknown area '{request.Area}'.", nameof(request));
            areaCodes = [area.Code];
        }

        var composites = CompositeDimensionCatalogue.For(indicator.Id).ToList();
        var result = new List<InequalityGroup>();
        if (request.Dimension is null or InequalityDimensions.Sex)
        {
            result.AddRange(InequalityGroupAssembler.Sex(connection, direction, areaCodes, request.Period));
        }

        if (request.Dimension is not null and not InequalityDimensions.Sex)
        {
            var composite = composites.FirstOrDefault(d => string.Equals(d.Id, request.Dimension, StringComparison.OrdinalIgnoreCase))
                ?? throw UnknownDimension(indicator.Id, request.Dimension, composites);
            composites = [composite];
        }

        if (request.Dimension is not InequalityDimensions.Sex)
        {
            foreach (var composite in composites)
            {
                result.AddRange(InequalityGroupAssembler.Composite(connection, direction, composite, areaCodes, request.Period));
            }
        }

        var ordered = result
            .OrderBy(g => g.Setting, StringComparer.Ordinal)
            .ThenBy(g => g.Period, StringComparer.Ordinal)
            .ThenBy(g => g.Dimension == InequalityDimensions.Sex ? 0 : 1)
            .ThenBy(g => g.Dimension, StringComparer.Ordinal)
            .ToList();
        if (ordered.Any(g => g.Dimension == InequalityDimensions.Sex && g.Subgroups.Any(s => s.Population is null)))
        {
            notes.Add($"{indicator.Id}: population by sex (N01951) missing for some areas or periods; there μ is the indicator's total value (HEAT's setting average).");
        }

        return new InequalityGroupSet(direction, ordered, notes);
    }

    /// <summary>
    /// Computes the measures of every group a request selects, answering from measure_cache where a group's
    /// inputs are unchanged and storing what it computes (see <see cref="MeasureCache"/> on invalidation).
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="AssembleInequalityGroups"/>, or invalid options.</exception>
    public MeasureRun ComputeInequalityMeasures(MeasureRequest request, InequalityOptions? options = null, bool useCache = true)
    {
        options ??= InequalityOptions.Default;
        var set = AssembleInequalityGroups(request);
        var key = MeasureCache.OptionsKey(options);
        using var connection = _connections.Open();
        var cached = useCache ? LoadCache(connection, set.Direction.Indicator, key) : [];
        var results = new List<GroupMeasures>(set.Groups.Count);
        var fresh = new List<(InequalityGroup Group, string Hash, IReadOnlyList<MeasureResult> Results)>();
        foreach (var group in set.Groups)
        {
            var hash = group.InputHash();
            if (cached.TryGetValue((group.Setting, group.Dimension, group.Period), out var hit) && string.Equals(hit.Hash, hash, StringComparison.Ordinal))
            {
                results.Add(new GroupMeasures(group, MeasureCache.Deserialize(hit.Results), FromCache: true));
                continue;
            }

            var computed = InequalityCalculator.Compute(group.Subgroups, group.Context, options);
            results.Add(new GroupMeasures(group, computed, FromCache: false));
            fresh.Add((group, hash, computed));
        }

        if (useCache && fresh.Count > 0)
        {
            var at = _clock.GetUtcNow();
            using var transaction = connection.BeginTransaction();
            foreach (var (group, hash, computed) in fresh)
            {
                MeasureCache.Put(connection, transaction, group, key, hash, computed, at);
            }

            transaction.Commit();
        }

        return new MeasureRun(set.Direction, results, set.Notes);
    }

    /// <summary>
    /// Resolves a county (SCB code "01", Kolada id "0001" or a name such as "Stockholms län"), an SKR kommungrupp
    /// (id "G92787" or title "Storstäder"), a network in the store (its URL key or name: those shipped in
    /// data/networks and those made on the web) or the path of a network CSV (column <c>area</c>: codes or names).
    /// </summary>
    /// <exception cref="ArgumentException">Nothing by that name, or a network file with unknown areas.</exception>
    public AreaGroup ResolveAreaGroup(string nameOrPath)
    {
        using var connection = _connections.Open();
        return ResolveAreaGroup(connection, nameOrPath);
    }

    /// <summary><see cref="ResolveAreaGroup(string)"/> on the caller's connection.</summary>
    /// <exception cref="ArgumentException">Nothing by that name, or a network file with unknown areas.</exception>
    public static AreaGroup ResolveAreaGroup(Microsoft.Data.Sqlite.SqliteConnection connection, string nameOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        var text = nameOrPath.Trim();
        if (text.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && File.Exists(text))
        {
            return NetworkGroup(connection, Path.GetFileNameWithoutExtension(text), ShippedNetworks.ReadMembers(ReferenceCsv.ReadText(File.ReadAllText(text))), text);
        }

        if (text.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) && text.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Network file {text}: no such file.", nameof(nameOrPath));
        }

        if (AreaLookupQuery.Run(connection, text) is { } area)
        {
            if (area.Kind == Core.Areas.AreaKind.Region)
            {
                var members = connection.Query<string>(
                    "SELECT code FROM areas WHERE kind = 'municipality' AND county_code = @County ORDER BY code", new { County = area.Code }).ToList();
                return new AreaGroup(AreaGroupKind.County, area.Name, members, area.Code);
            }

            if (area.Kind != Core.Areas.AreaKind.Country)
            {
                throw new MeasureRequestException(MeasureRequestProblem.NotAGroup, $"'{nameOrPath}' is the {AreaKinds.ToText(area.Kind)} {area.Name}; a group is a county, a kommungrupp or a network.")
                {
                    Subject = nameOrPath,
                    AreaName = area.Name,
                    AreaKind = AreaKinds.ToText(area.Kind),
                };
            }
        }

        var grouped = connection.Query<(string Code, string GroupId, string? Title)>(
                """
                SELECT code, municipality_group_id, municipality_group_title FROM areas
                WHERE kind = 'municipality' AND (municipality_group_id = @Text COLLATE NOCASE OR municipality_group_title = @Text COLLATE NOCASE)
                ORDER BY code
                """,
                new { Text = text })
            .ToList();
        if (grouped.Count > 0)
        {
            return new AreaGroup(AreaGroupKind.MunicipalityGroup, grouped[0].Title ?? grouped[0].GroupId, grouped.Select(g => g.Code).ToList(), null);
        }

        if (NetworkQuery.Run(connection, text) is { } stored)
        {
            if (stored.Members.Count == 0)
            {
                throw new ArgumentException($"Network {stored.Name} has no members.", nameof(nameOrPath));
            }

            return new AreaGroup(AreaGroupKind.Network, stored.Name, stored.MemberCodes, null);
        }

        // A file added to data/networks after this database was seeded (migration 9) is still found by its file name.
        if (ShippedNetworks.All().FirstOrDefault(n => string.Equals(n.Slug, NetworkNames.Slug(text), StringComparison.Ordinal)) is { } shipped)
        {
            return NetworkGroup(connection, shipped.Name, shipped.Members, shipped.Source);
        }

        throw new ArgumentException(
            $"No county, kommungrupp or network '{nameOrPath}'. Give a county code or name (01, Stockholms län), a kommungrupp id or title (G92787, Storstäder), a network's name, or a network CSV file.",
            nameof(nameOrPath));
    }

    private static AreaGroup NetworkGroup(Microsoft.Data.Sqlite.SqliteConnection connection, string name, IReadOnlyList<ShippedMember> rows, string source)
    {
        var directory = AreaDirectoryQuery.Run(connection);
        var members = new SortedSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var row in rows)
        {
            var cell = row.Area;
            if (directory.TryResolve(cell, out _, out var code))
            {
                members.Add(code);
            }
            else
            {
                unknown.Add(cell.Trim());
            }
        }

        if (unknown.Count > 0 || members.Count == 0)
        {
            throw new ArgumentException(
                unknown.Count > 0
                    ? $"Network {source}: unknown area{(unknown.Count > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Select(u => "'" + u + "'"))}."
                    : $"Network {source} lists no areas; it needs a header 'area' and one code or name per row.",
                nameof(source));
        }

        return new AreaGroup(AreaGroupKind.Network, name, [.. members], null);
    }

    private static Indicator FindIndicatorForMeasures(Microsoft.Data.Sqlite.SqliteConnection connection, string id)
    {
        var indicator = IndicatorLookupQuery.Run(connection, id) ?? IndicatorLookupQuery.Run(connection, id.ToUpperInvariant());
        if (indicator is not null)
        {
            return indicator;
        }

        // A composite dimension's own indicator may be absent while its source indicators are stored.
        var composite = CompositeDimensionCatalogue.For(id).FirstOrDefault();
        return composite is not null
            ? new Indicator(composite.Indicator, composite.Indicator) { NeedsMetadata = true }
            : throw new ArgumentException($"Unknown indicator '{id}'.", nameof(id));
    }

    private static MeasureRequestException UnknownDimension(string indicator, string dimension, List<CompositeDimension> available)
    {
        var parent = CompositeDimensionCatalogue.Shipped.FirstOrDefault(d =>
            string.Equals(d.Id, dimension, StringComparison.OrdinalIgnoreCase)
            && d.Subgroups.Any(s => string.Equals(s.SourceIndicator, indicator, StringComparison.OrdinalIgnoreCase)));
        if (parent is not null)
        {
            var sources = parent.Subgroups.Select(s => s.SourceIndicator).ToList();
            return new MeasureRequestException(
                MeasureRequestProblem.DimensionOfAnotherIndicator,
                $"'{dimension}' is a breakdown of {parent.Indicator} assembled from {string.Join(", ", sources)}; ask for {parent.Indicator}.")
            {
                Indicator = indicator,
                Dimension = dimension,
                ParentIndicator = parent.Indicator,
                Related = sources,
            };
        }

        var names = new[] { InequalityDimensions.Sex, InequalityDimensions.Areas }.Concat(available.Select(d => d.Id)).ToList();
        return new MeasureRequestException(
            MeasureRequestProblem.UnknownDimension,
            $"{indicator} has no dimension '{dimension}'; it has {string.Join(", ", names)} (areas with a group).")
        {
            Indicator = indicator,
            Dimension = dimension,
            Related = names,
        };
    }

    private static Dictionary<(string Setting, string Dimension, string Period), (string Hash, string Results)> LoadCache(
        Microsoft.Data.Sqlite.SqliteConnection connection, string indicator, string optionsKey) =>
        connection.Query<(string Setting, string Dimension, string Period, string Hash, string Results)>(
                "SELECT setting, dimension, period, input_hash, results FROM measure_cache WHERE indicator = @Indicator AND options_key = @Key",
                new { Indicator = indicator, Key = optionsKey })
            .ToDictionary(r => (r.Setting, r.Dimension, r.Period), r => (r.Hash, r.Results));
}
