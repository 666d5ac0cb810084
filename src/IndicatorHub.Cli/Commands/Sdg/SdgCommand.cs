using System.CommandLine;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg goals|targets|mapping|import-mapping|suggest|coverage`: the Agenda 2030 catalogue, the
/// indicator → goal/target mapping and where follow-up is blind.
/// </summary>
internal static class SdgCommand
{
    internal static Command Create(CliContext context) =>
        new("sdg", "Agenda 2030: goals and targets, the indicator mapping, suggestions and coverage.")
        {
            SdgGoalsCommand.Create(context),
            SdgTargetsCommand.Create(context),
            SdgMappingCommand.Create(context),
            SdgImportMappingCommand.Create(context),
            SdgSuggestCommand.Create(context),
            SdgCoverageCommand.Create(context),
        };
}
