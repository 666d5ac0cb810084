namespace IndicatorHub.Core.Sdg;

/// <summary>Coverage of all 17 goals and 169 targets by mapped indicators.</summary>
/// <param name="Goals">One entry per goal, 1 to 17.</param>
/// <param name="Targets">One entry per target, in UN order.</param>
/// <param name="PeriodsConsidered">How many latest periods per indicator were counted (3 by default).</param>
public sealed record SdgCoverageReport(IReadOnlyList<SdgCoverageEntry> Goals, IReadOnlyList<SdgCoverageEntry> Targets, int PeriodsConsidered)
{
    /// <summary>Goals without any mapped indicator.</summary>
    public IReadOnlyList<int> BlindSpotGoals => Goals.Where(g => g.IsBlindSpot).Select(g => g.Goal).ToArray();

    /// <summary>Targets without any mapped indicator, in UN order.</summary>
    public IReadOnlyList<string> BlindSpotTargets => Targets.Where(t => t.IsBlindSpot).Select(t => t.TargetId!).ToArray();

    /// <summary>The entry for one goal.</summary>
    public SdgCoverageEntry Goal(int goal) => Goals.First(g => g.Goal == goal);

    /// <summary>The entry for one target.</summary>
    public SdgCoverageEntry Target(string targetId)
    {
        var id = SdgCatalogue.NormaliseTargetId(targetId);
        return Targets.First(t => t.TargetId == id);
    }
}
