using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Cli.Commands.Import;

/// <summary>The figures over every file of one `import` run, for the closing summary and the exit code.</summary>
internal sealed class ImportRunSummary
{
    internal int Files { get; private set; }

    internal int Stored { get; private set; }

    internal int Unchanged { get; private set; }

    internal int Rejected { get; private set; }

    internal int Valid { get; private set; }

    /// <summary>Values (observation rows) read from the files that were read, not from skipped ones.</summary>
    internal long RowsRead { get; private set; }

    internal long RowsStored { get; private set; }

    internal long RowsChanged { get; private set; }

    internal long RowsEmpty { get; private set; }

    internal void Add(ImportResult result)
    {
        Files++;
        var s = result.Summary;
        switch (s.Outcome)
        {
            case ImportOutcome.Stored or ImportOutcome.Partial:
                Stored++;
                break;
            case ImportOutcome.Unchanged:
                Unchanged++;
                return;
            case ImportOutcome.DryRun when s.ErrorCount == 0:
                Valid++;
                break;
            default:
                Rejected++;
                break;
        }

        RowsRead += s.RowsRead;
        RowsStored += s.RowsStored;
        RowsChanged += s.RowsChanged;
        RowsEmpty += s.RowsEmpty;
    }
}
