using IndicatorHub.Import.Pipeline;
using IndicatorHub.Presentation;
using IndicatorHub.Storage;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>Composes the store and the importer into the web app.</summary>
public static class StoreRegistration
{
    /// <summary>Registers the store at IndicatorHub:DatabasePath and the importer that seeds it.</summary>
    public static WebApplicationBuilder AddIndicatorHubStore(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<IndicatorHubWebOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<IndicatorHubWebOptions>>().Value;
            var path = string.IsNullOrWhiteSpace(options.DatabasePath) ? StoreOptions.DefaultDatabasePath : options.DatabasePath;
            return new IndicatorStore(new SqliteConnectionFactory(path), services.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton(_ => ImportParsers.CreateDetector());
        builder.Services.AddSingleton<ImportService>();
        builder.Services.AddSingleton<StoreSeeder>();
        builder.Services.AddScoped<ReadConnection>();
        builder.Services.AddSingleton<StoreAvailability>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    /// <summary>
    /// Migrates the database, and seeds it from samples/ when it has never imported anything. A database that
    /// cannot be used (no database, damaged, locked, read-only) does not stop the app: it starts, /health answers
    /// 503 and every page explains, until the file is usable again.
    /// </summary>
    public static WebApplication InitializeIndicatorHubStore(this WebApplication app)
    {
        var fault = app.Services.GetRequiredService<StoreAvailability>().Initialize();
        if (fault is not null)
        {
            app.Logger.LogError("The database {Path} cannot be used ({Fault}: {Detail}); the app answers 503 until it can.", fault.DatabasePath, fault.Fault, fault.Detail);
            return app;
        }

        app.Services.GetRequiredService<StoreSeeder>().SeedIfEmpty();
        return app;
    }

    /// <summary>GET /health: 200 when the database answers, 503 when it does not.</summary>
    public static WebApplication MapIndicatorHubHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
