using System.CommandLine;
using System.Globalization;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Import.Text;
using IndicatorHub.Storage.Writing;

namespace IndicatorHub.Cli.Commands.Import;

/// <summary>
/// `indicatorhub import FILE... [--db PATH] [--format F] [--indicator ID] [--allow-partial] [--dry-run]`.
/// Each file is its own batch: stored whole, or rejected whole leaving the store as it was.
/// Exit 0 when every file was stored, 1 when any was rejected, 2 for a usage error.
/// </summary>
internal static class ImportCommand
{
    internal static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Files to import; - reads standard input." };
        var database = CommonOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = $"The file format: {string.Join(" | ", ImportFormatNames.Names)}.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong([.. ImportFormatNames.Names]);
        var indicator = new Option<string?>("--indicator") { Description = "The indicator id for files that carry none (an SCB CSV)." };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding, e.g. utf-8 or windows-1252 (default: detected)." };
        var delimiter = new Option<string?>("--delimiter") { Description = "Field delimiter: ',', ';' or 'tab' (default: detected)." };
        var columns = new Option<string[]>("--column")
        {
            Description = "Long CSV column mapping, canonical=header (repeatable), e.g. --column indicator=kpi.",
            AllowMultipleArgumentsPerToken = false,
        };
        var allowPartial = new Option<bool>("--allow-partial") { Description = "Store the good rows and record the rejected ones." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate only; store nothing." };
        var command = new Command("import", "Import statistics files into the store.")
        {
            files, database, format, indicator, encoding, delimiter, columns, allowPartial, dryRun,
        };
        command.SetAction(result =>
        {
            _ = ImportFormatNames.TryParse(result.GetValue(format), out var chosenFormat); // AcceptOnlyFromAmong already refused anything else
            if (!TryBuildOptions(result.GetValue(indicator), result.GetValue(encoding), result.GetValue(delimiter), result.GetValue(columns) ?? [], out var options, out var problem))
            {
                context.Error.WriteLine($"indicatorhub import: {problem}");
                return 2;
            }

            var missing = result.GetValue(files)!.Where(f => !IsStandardInput(f) && !f.Exists).ToList();
            if (missing.Count > 0)
            {
                missing.ForEach(f => context.Error.WriteLine($"indicatorhub import: {Output.OneLine.Of(f.FullName)}: no such file"));
                return 2;
            }

            if (result.GetValue(files)!.Count(IsStandardInput) > 1)
            {
                context.Error.WriteLine("indicatorhub import: standard input (-) can be read only once; name it once");
                return 2;
            }

            var store = CommonOptions.OpenStore(result, database, context, forWriting: true);

            // One writer per database across processes: wait for the web app's or another CLI's import to finish
            // instead of failing on SQLite's busy timeout.
            using var turn = new WriterGate(store.Connections.DatabasePath).Enter(position =>
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"waiting for another import (position {position})…")));
            var service = new ImportService(store, ImportParsers.CreateDetector());
            var report = new ImportReport(context);
            var allStored = true;
            foreach (var file in result.GetValue(files)!)
            {
                // Standard input, a named pipe or a device is read once (ImportSource.FromFile tells them from files).
                using var source = IsStandardInput(file) ? ImportSource.FromStream("-", context.OpenStandardInput()) : ImportSource.FromFile(file.FullName);
                var request = new ImportRequest(source, chosenFormat, options, result.GetValue(allowPartial), result.GetValue(dryRun));
                var outcome = report.RunWithProgress(file, progress => service.Import(request, progress));
                report.Print(outcome, file.ToString());
                allStored &= outcome.Stored || outcome.Summary.Outcome == Storage.Imports.ImportOutcome.DryRun && outcome.Summary.ErrorCount == 0;
            }

            return allStored ? 0 : 1;
        });
        return command;
    }

    private static bool IsStandardInput(FileInfo file) => file.ToString() == "-";

    private static bool TryBuildOptions(string? indicator, string? encodingName, string? delimiterText, string[] columns, out ParseOptions options, out string problem)
    {
        options = new ParseOptions { IndicatorId = indicator };
        problem = string.Empty;
        if (encodingName is not null)
        {
            var encoding = TextDecoding.GetByName(encodingName);
            if (encoding is null)
            {
                problem = $"unknown encoding '{encodingName}'";
                return false;
            }

            options = options with { Encoding = encoding };
        }

        if (delimiterText is not null)
        {
            char? delimiter = delimiterText switch
            {
                "tab" or "\\t" or "\t" => '\t',
                { Length: 1 } single => single[0],
                _ => null,
            };
            if (delimiter is null)
            {
                problem = $"the delimiter must be one character or 'tab', not '{delimiterText}'";
                return false;
            }

            options = options with { Delimiter = delimiter };
        }

        if (columns.Length > 0)
        {
            var mapping = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in columns)
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || equals == pair.Length - 1)
                {
                    problem = $"--column takes canonical=header, not '{pair}'";
                    return false;
                }

                mapping[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }

            options = options with { ColumnMapping = mapping };
        }

        return true;
    }
}
