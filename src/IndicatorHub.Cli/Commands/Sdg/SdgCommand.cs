using System.CommandLine;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg goals|targets|mapping|import-mapping|suggest|coverage|progress`: the Agenda 2030 catalogue, the
/// indicator → goal/target mapping, where follow-up is blind and progress towards 2030.
/// </summary>
internal static class SdgCommand
{
    internal static Command Create(CliContext context) =>
        new("sdg", "Agenda 2030: goals and targets, the indicator mapping, suggestions, coverage and progress.")
        {
            SdgGoalsCommand.Create(context),
            SdgTargetsCommand.Create(context),
            SdgMappingCommand.Create(context),
            SdgImportMappingCommand.Create(context),
            SdgSuggestCommand.Create(context),
            SdgCoverageCommand.Create(context),
            SdgProgressCommand.Create(context),
        };
}
