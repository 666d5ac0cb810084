using IndicatorHub.Core.Areas;

namespace IndicatorHub.Storage.Queries.Networks;

/// <summary>A network in the list of networks.</summary>
/// <param name="Slug">The stable URL key.</param>
/// <param name="Name">The display name.</param>
/// <param name="IsExample">True for a shipped example whose member list is known to be incomplete.</param>
/// <param name="MemberCount">How many municipalities and regions it has.</param>
/// <param name="Source">The shipped file it was seeded from; null for networks made on the web.</param>
public sealed record NetworkSummary(string Slug, string Name, bool IsExample, int MemberCount, string? Source);

/// <summary>One network with its members.</summary>
public sealed record NetworkDetail(string Slug, string Name, bool IsExample, string? Source, DateTimeOffset UpdatedAt, IReadOnlyList<NetworkMember> Members)
{
    /// <summary>The SCB codes of the members, sorted.</summary>
    public IReadOnlyList<string> MemberCodes => [.. Members.Select(m => m.Area.Code).Order(StringComparer.Ordinal)];
}

/// <summary>A member and where its membership is documented.</summary>
/// <param name="Area">The municipality or region.</param>
/// <param name="SourceUrl">The page that names it; null when none is recorded.</param>
/// <param name="SourceDate">The page's date, or the day it was read when it has none.</param>
/// <param name="Note">What the page says.</param>
public sealed record NetworkMember(Area Area, string? SourceUrl, DateOnly? SourceDate, string? Note);
