using System.CommandLine;
using IndicatorHub.Cli.Commands.Export;
using IndicatorHub.Cli.Commands.Import;
using IndicatorHub.Cli.Commands.List;
using IndicatorHub.Cli.Commands.Sdg;
using IndicatorHub.Cli.Commands.Users;
using IndicatorHub.Cli.Commands.Measures;

namespace IndicatorHub.Cli;

/// <summary>The `indicatorhub` command: a stable contract that scripts and later features build on.</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("IndicatorHub: Agenda 2030 health-equity indicators for Swedish municipalities and regions.")
        {
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            ListCommand.Create(context),
            SdgCommand.Create(context),
            MeasuresCommand.Create(context),
            UsersCommand.Create(context),
        };
        var result = root.Parse(args);
        return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }
}
