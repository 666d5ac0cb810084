using System.Globalization;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage.Imports;
using Spectre.Console;

namespace IndicatorHub.Cli.Commands.Import;

/// <summary>What `import` prints: a live count of files and rows on a terminal, one summary per file and its first errors, and a closing summary.</summary>
internal sealed class ImportReport(CliContext context)
{
    /// <summary>Errors printed per file; all of them are in the batch record (`list batches`).</summary>
    internal const int ErrorsShown = 10;

    /// <summary>
    /// Imports <paramref name="paths"/> one by one; on a terminal, one status line shows which file of how many
    /// is running and the rows read, in it and in all files so far.
    /// </summary>
    internal void RunWithProgress(IReadOnlyList<string> paths, Func<string, IProgress<ImportProgress>?, ImportResult> import)
    {
        if (!context.ErrorIsTerminal)
        {
            foreach (var path in paths)
            {
                import(path, null);
            }

            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        console.Status().Start("Importing", status =>
        {
            long rowsBefore = 0;
            for (var i = 0; i < paths.Count; i++)
            {
                var (number, name, before) = (i + 1, Path.GetFileName(paths[i]), rowsBefore);
                void Show(long rows) => status.Status(string.Create(CultureInfo.InvariantCulture,
                    $"Importing file {number:N0} of {paths.Count:N0}, {Markup.Escape(Output.OneLine.Of(name))}: {rows:N0} rows ({before + rows:N0} in all)"));
                Show(0);
                var result = import(paths[i], new InlineProgress<ImportProgress>(p => Show(p.RowsRead)));
                rowsBefore += result.Summary.RowsRead;
            }
        });
    }

    /// <summary>One closing line over the whole run: files by outcome, values, seconds and values per second.</summary>
    internal void PrintSummary(ImportRunSummary summary, TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        var rate = seconds > 0 ? summary.RowsRead / seconds : 0;
        var dryRun = summary.Valid > 0 ? string.Create(CultureInfo.InvariantCulture, $", {summary.Valid} valid (dry run)") : string.Empty;
        var empty = summary.RowsEmpty > 0 ? string.Create(CultureInfo.InvariantCulture, $", {summary.RowsEmpty} empty cells not stored") : string.Empty;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Files} files: {summary.Stored} stored, {summary.Unchanged} unchanged (skipped), {summary.Rejected} rejected{dryRun}; "
            + $"values read {summary.RowsRead}, stored {summary.RowsStored} ({summary.RowsChanged} new or changed){empty}; "
            + $"{seconds:F1} s, {rate:F0} values/s"));
    }

    internal void Print(ImportResult result, string fileName)
    {
        var s = result.Summary;
        var verdict = s.Outcome switch
        {
            ImportOutcome.Stored => "stored",
            ImportOutcome.Partial => "stored in part (--allow-partial)",
            ImportOutcome.DryRun => s.ErrorCount == 0 ? "valid (dry run, nothing stored)" : "invalid (dry run, nothing stored)",
            ImportOutcome.Unchanged => "unchanged since",
            _ => "REJECTED, nothing stored",
        };
        var batch = s.Outcome == ImportOutcome.Unchanged ? string.Create(CultureInfo.InvariantCulture, $" batch {s.BatchId}, skipped")
            : s.BatchId > 0 ? string.Create(CultureInfo.InvariantCulture, $", batch {s.BatchId}") : string.Empty;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Output.OneLine.Of(fileName)}: {result.Format.ToName()}: {verdict}{batch}"));
        if (s.Outcome == ImportOutcome.Unchanged)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  the same bytes, read the same way, with nothing written over their {s.RowsStored} rows since (--reimport-unchanged imports it again)"));
            return;
        }

        context.Out.WriteLine(Counts(s));
        if (result.SdgMappingsAdded > 0)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  SDG mappings added from Kolada's Agenda 2030 KPI groups: {result.SdgMappingsAdded} (see indicatorhub sdg mapping)"));
        }

        foreach (var error in s.Errors.Take(ErrorsShown))
        {
            context.Error.WriteLine(Describe(fileName, error));
        }

        if (s.ErrorCount > ErrorsShown)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  … and {s.ErrorCount - ErrorsShown} more; all are kept with batch {s.BatchId} (indicatorhub list errors {s.BatchId})"));
        }
    }

    /// <summary>A batch's row counts, indented under its file's line (import and fetch alike).</summary>
    internal static string Counts(ImportBatchSummary s)
    {
        var empty = s.RowsEmpty > 0 ? string.Create(CultureInfo.InvariantCulture, $", empty cells {s.RowsEmpty} (no value, not stored)") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"  rows read {s.RowsRead}, stored {s.RowsStored} ({s.RowsChanged} new or changed), rejected {s.RowsRejected}{empty}");
    }

    /// <summary>"file:12:3 (year): reason" — the compiler-style form editors can jump to.</summary>
    internal static string Describe(string fileName, ImportError error)
    {
        var name = Output.OneLine.Of(fileName);
        var where = error.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{name}:{error.Line}:{error.Column}")
            : name;
        var field = error.Field is null ? string.Empty : $" ({Output.OneLine.Of(error.Field)})";
        return $"{where}{field}: {Output.OneLine.Of(error.Reason)}";
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/> which posts to a context.</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
