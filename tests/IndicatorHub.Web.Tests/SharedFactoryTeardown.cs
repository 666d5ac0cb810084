namespace IndicatorHub.Web.Tests;

/// <summary>Disposes the shared app (and its temporary database folder) after the last test.</summary>
[SetUpFixture]
public sealed class SharedFactoryTeardown
{
    [OneTimeTearDown]
    public void DisposeSharedFactory() => SharedFactory.DisposeIfCreated();
}
