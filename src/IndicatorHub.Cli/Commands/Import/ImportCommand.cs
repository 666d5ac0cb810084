using System.CommandLine;
using System.Globalization;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Import.Text;
using IndicatorHub.Storage.Writing;

namespace IndicatorHub.Cli.Commands.Import;

/// <summary>
/// `indicatorhub import FILE|DIR... [--db PATH] [--format F] [--indicator ID] [--allow-partial] [--dry-run]
/// [--reimport-unchanged]`. A folder stands for every file under it (recursively, in path order, leaving out
/// hidden files and Markdown notes). Each file is its own batch: stored whole, or rejected whole leaving the
/// store as it was; a file an earlier batch stored unchanged is skipped. Ends with a summary over all files.
/// Exit 0 when every file was stored (or unchanged), 1 when any was rejected, 2 for a usage error.
/// </summary>
internal static class ImportCommand
{
    internal static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders to import (folders recursively); - reads standard input." };
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
        var reimport = new Option<bool>("--reimport-unchanged")
        {
            Description = "Import every file, even one that an earlier batch stored byte for byte with nothing written over it since (skipped by default).",
        };
        var command = new Command("import", "Import statistics files, or every file under folders, into the store.")
        {
            files, database, format, indicator, encoding, delimiter, columns, allowPartial, dryRun, reimport,
        };
        command.SetAction(result =>
        {
            _ = ImportFormatNames.TryParse(result.GetValue(format), out var chosenFormat); // AcceptOnlyFromAmong already refused anything else
            if (!TryBuildOptions(result.GetValue(indicator), result.GetValue(encoding), result.GetValue(delimiter), result.GetValue(columns) ?? [], out var options, out var problem))
            {
                context.Error.WriteLine($"indicatorhub import: {problem}");
                return 2;
            }

            if (!TryExpand(result.GetValue(files)!, context, out var paths))
            {
                return 2;
            }

            var clock = TimeProvider.System;
            var started = clock.GetTimestamp();
            var store = CommonOptions.OpenStore(result, database, context, forWriting: true);

            // One writer per database across processes: wait for the web app's or another CLI's import to finish
            // instead of failing on SQLite's busy timeout.
            using var turn = new WriterGate(store.Connections.DatabasePath).Enter(position =>
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"waiting for another import (position {position})…")));
            var report = new ImportReport(context);
            var summary = new ImportRunSummary();
            using (var session = new ImportService(store, ImportParsers.CreateDetector()).BeginSession())
            {
                PreparedImport Prepare(string path)
                {
                    // Standard input, a named pipe or a device is read once (ImportSource.FromFile tells them from files).
                    var source = path == StandardInput ? ImportSource.FromStream(StandardInput, context.OpenStandardInput()) : ImportFileSource.ForPath(path);
                    return session.Prepare(new ImportRequest(source, chosenFormat, options, result.GetValue(allowPartial), result.GetValue(dryRun))
                    {
                        ReimportUnchanged = result.GetValue(reimport),
                    });
                }

                // The next files are read, hashed and parsed on the other core, one after another, while this one is
                // written: two ahead, so that a slow one to prepare (a larger file) is ready by the time it is its turn.
                const int FilesAhead = 2;
                var ahead = new Task<PreparedImport>?[paths.Count];
                Task preparing = Task.CompletedTask;
                var current = -1;
                var queued = 0;
                report.RunWithProgress(paths, (path, progress) =>
                {
                    current++;
                    for (queued = Math.Max(queued, current + 1); queued < Math.Min(paths.Count, current + 1 + FilesAhead); queued++)
                    {
                        var following = paths[queued];
                        if (following != StandardInput)
                        {
                            var task = preparing.ContinueWith(_ => Prepare(following), TaskScheduler.Default);
                            (ahead[queued], preparing) = (task, task);
                        }
                    }

                    using var prepared = ahead[current]?.GetAwaiter().GetResult() ?? Prepare(path);
                    ahead[current] = null;
                    var outcome = session.Import(prepared, progress);
                    report.Print(outcome, path);
                    summary.Add(outcome);
                    return outcome;
                });
            }

            report.PrintSummary(summary, clock.GetElapsedTime(started));
            return summary.Rejected == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>The FILE argument that stands for standard input.</summary>
    private const string StandardInput = "-";

    /// <summary>The files to import: standard input as "-", each FILE as given, each folder's files recursively in ordinal path order.</summary>
    private static bool TryExpand(FileInfo[] arguments, CliContext context, out List<string> paths)
    {
        paths = [];
        var ok = true;
        if (arguments.Count(a => a.ToString() == StandardInput) > 1)
        {
            context.Error.WriteLine("indicatorhub import: standard input (-) can be read only once; name it once");
            ok = false;
        }

        foreach (var argument in arguments)
        {
            var given = argument.ToString();
            if (given == StandardInput || File.Exists(given))
            {
                paths.Add(given);
            }
            else if (Directory.Exists(given))
            {
                var found = Directory.EnumerateFiles(given, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(IsImportable)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    context.Error.WriteLine($"indicatorhub import: {Output.OneLine.Of(argument.FullName)}: the folder holds no files to import");
                    ok = false;
                }

                paths.AddRange(found);
            }
            else
            {
                context.Error.WriteLine($"indicatorhub import: {Output.OneLine.Of(argument.FullName)}: no such file or folder");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>Hidden files and Markdown notes (a folder's README) are not data.</summary>
    private static bool IsImportable(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

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
