using IndicatorHub.Import.Fetch;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Jobs;
using IndicatorHub.Storage.Writing;
using IndicatorHub.Web.Infrastructure.Fetching;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>Composes uploads, the job queue, its worker and the database's writer gate.</summary>
public static class ImportRegistration
{
    /// <summary>Registers the upload services and raises Kestrel's and the form's limits to IndicatorHub:Upload:MaxBytes.</summary>
    public static WebApplicationBuilder AddIndicatorHubImport(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection(UploadOptions.Section));
        var maxBytes = (builder.Configuration.GetSection(UploadOptions.Section).Get<UploadOptions>() ?? new UploadOptions()).MaxBytes;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBytes + (1 << 20));
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxBytes);
        builder.Services.AddSingleton(services => new WriterGate(services.GetRequiredService<IndicatorStore>().Connections.DatabasePath));
        builder.Services.AddSingleton<UploadStore>();
        builder.Services.AddSingleton(services => new WebJobRecords(services.GetRequiredService<IndicatorStore>().Connections));
        builder.Services.AddSingleton<ImportJobs>();
        builder.Services.AddHostedService<UploadCleanup>();
        builder.Services.AddHostedService<ImportJobWorker>();

        // Fetches from the web: the same typed HttpClients and configuration keys (Fetch:Kolada, Fetch:PxWeb) as the CLI.
        builder.Services.AddIndicatorHubFetchers(builder.Configuration);
        builder.Services.AddSingleton<FetchJobs>();
        builder.Services.AddHostedService<FetchJobWorker>();
        return builder;
    }

    /// <summary>The configured upload limit.</summary>
    public static long MaxUploadBytes(this IOptions<UploadOptions> options) => options.Value.MaxBytes;
}
