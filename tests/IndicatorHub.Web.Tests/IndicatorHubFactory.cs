using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests;

/// <summary>
/// The real web app on a database file of its own in a temporary folder, seeded from samples/ unless told not
/// to. Deleted with the factory.
/// <para>
/// Seeding imports every sample file (about 730 000 values), so it runs once per test run: the first seeded
/// factory starts the app on an empty database, which the app seeds from samples/ as on a real first start, and
/// that database becomes the template every seeded factory gets a copy of. The app then finds it seeded and
/// leaves it, as on any later start.
/// </para>
/// </summary>
public sealed class IndicatorHubFactory : WebApplicationFactory<Program>
{
    private static readonly Lazy<string> SeededTemplate = new(CreateSeededTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly bool _seed;

    /// <summary>
    /// The hosting environment; Production unless a test needs Development (the browser, which talks plain http
    /// to the loopback server, while Secure cookies are required outside Development).
    /// </summary>
    public string EnvironmentName { get; init; } = "Production";

    /// <summary>Further configuration keys for this app (e.g. Fetch:Kolada:BaseUrl pointing at a fake server).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public IndicatorHubFactory(bool seed = true)
        : this(seed, fromTemplate: seed)
    {
    }

    private IndicatorHubFactory(bool seed, bool fromTemplate)
    {
        _seed = seed;
        Folder = Directory.CreateTempSubdirectory("indicatorhub-web-").FullName;
        if (fromTemplate)
        {
            File.Copy(SeededTemplate.Value, DatabasePath);
        }
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "indicatorhub.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("IndicatorHub:DatabasePath", DatabasePath);
        builder.UseSetting("IndicatorHub:SeedSamples", _seed ? "true" : "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
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

    private static string CreateSeededTemplate()
    {
        var template = Path.Combine(Path.GetTempPath(), $"indicatorhub-web-template-{Guid.NewGuid():N}.db");
        using (var factory = new IndicatorHubFactory(seed: true, fromTemplate: false))
        {
            // Resolving a service builds the host, which migrates and seeds the empty database.
            _ = factory.Services.GetRequiredService<IServiceProvider>();

            // VACUUM INTO writes one self-contained file, whatever the write-ahead log still holds.
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = factory.DatabasePath, Pooling = false }.ToString());
            connection.Open();
            using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $path";
            vacuum.Parameters.AddWithValue("$path", template);
            vacuum.ExecuteNonQuery();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(template);
        return template;
    }
}
