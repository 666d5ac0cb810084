namespace IndicatorHub.Storage.Tests.Sdg;

/// <summary>A clock that always reads the same instant, so mapping timestamps are testable.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
