using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Tests;

/// <summary>
/// The real web app on a database file of its own in a temporary folder, seeded from samples/ unless told not
/// to. Deleted with the factory.
/// </summary>
public sealed class IndicatorHubFactory : WebApplicationFactory<Program>
{
    private readonly bool _seed;

    public IndicatorHubFactory(bool seed = true)
    {
        _seed = seed;
        Folder = Directory.CreateTempSubdirectory("indicatorhub-web-").FullName;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "indicatorhub.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("IndicatorHub:DatabasePath", DatabasePath);
        builder.UseSetting("IndicatorHub:SeedSamples", _seed ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request; the OS temp cleaner takes it.
        }
    }
}
