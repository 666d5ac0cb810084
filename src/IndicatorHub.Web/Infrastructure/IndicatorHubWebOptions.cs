namespace IndicatorHub.Web.Infrastructure;

/// <summary>The web app's section of configuration ("IndicatorHub").</summary>
public sealed class IndicatorHubWebOptions
{
    /// <summary>SQLite file; empty means <see cref="Storage.StoreOptions.DefaultDatabasePath"/>, shared with the CLI.</summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>Folder with the sample files a new database is seeded from; empty means samples/ beside the app.</summary>
    public string SamplesPath { get; set; } = string.Empty;

    /// <summary>False to start with an empty database (tests of the empty state).</summary>
    public bool SeedSamples { get; set; } = true;
}
