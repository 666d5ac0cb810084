using System.CommandLine;

namespace IndicatorHub.Cli.Commands.Fetch;

/// <summary>`indicatorhub fetch kolada|pxweb`: fetch fresh values from an API and store them as one batch.</summary>
internal static class FetchCommand
{
    internal static Command Create(CliContext context) =>
        new("fetch", "Fetch values or metadata from Kolada (API v3) or a PxWeb API v2 server (SCB) and store them as one batch.")
        {
            FetchKoladaCommand.Create(context),
            FetchPxWebCommand.Create(context),
        };
}
