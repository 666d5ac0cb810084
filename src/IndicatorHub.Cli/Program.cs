using IndicatorHub.Cli;

return CliApp.Run(args, CliContext.FromConsole());
