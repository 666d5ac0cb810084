using System.Globalization;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage.Imports;
using Spectre.Console;

namespace IndicatorHub.Cli.Commands.Import;

/// <summary>What `import` prints: a live row count on a terminal, then one summary per file and its first errors.</summary>
internal sealed class ImportReport(CliContext context)
{
    /// <summary>Errors printed per file; all of them are in the batch record (`list batches`).</summary>
    internal const int ErrorsShown = 10;

    internal ImportResult RunWithProgress(FileInfo file, Func<IProgress<ImportProgress>?, ImportResult> import)
    {
        if (!context.ErrorIsTerminal)
        {
            return import(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Status().Start($"Importing {file.Name}", status =>
            import(new InlineProgress<ImportProgress>(p =>
                status.Status(string.Create(CultureInfo.InvariantCulture, $"Importing {file.Name}: {p.RowsRead:N0} rows")))));
    }

    internal void Print(ImportResult result, string fileName)
    {
        var s = result.Summary;
        var verdict = s.Outcome switch
        {
            ImportOutcome.Stored => "stored",
            ImportOutcome.Partial => "stored in part (--allow-partial)",
            ImportOutcome.DryRun => s.ErrorCount == 0 ? "valid (dry run, nothing stored)" : "invalid (dry run, nothing stored)",
            _ => "REJECTED, nothing stored",
        };
        var batch = s.BatchId > 0 ? string.Create(CultureInfo.InvariantCulture, $", batch {s.BatchId}") : string.Empty;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Output.OneLine.Of(fileName)}: {result.Format.ToName()}: {verdict}{batch}"));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  rows read {s.RowsRead}, stored {s.RowsStored} ({s.RowsChanged} new or changed), rejected {s.RowsRejected}"));
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
