using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Import.Pipeline;

/// <summary>Several files as one batch, for fetches whose answer comes in pages.</summary>
public sealed partial class ImportService
{
    /// <summary>
    /// Imports every source of <paramref name="request"/> inside one batch: stored whole, or rejected whole (any
    /// error in any source rejects all of them). An error's field names its source first, "page-0002.json $.values[3]".
    /// </summary>
    public ImportResult ImportBatch(ImportBatchRequest request)
    {
        using var writer = store.BeginImport(new ImportBatchStart(request.Name, request.Format.ToName(), request.Sha256));
        var run = new ImportRun(writer, request.Options);
        foreach (var source in request.Sources)
        {
            var parser = detector.Choose(source, request.Format, request.Options, out var reason);
            if (parser is null)
            {
                writer.AddError(new ImportError(0, 0, source.Name, reason));
                continue;
            }

            var label = Path.GetFileName(source.Name);
            foreach (var item in parser.Parse(source, request.Options))
            {
                switch (Relabel(item, label))
                {
                    case ParsedObservation observation:
                        run.Write(observation);
                        break;
                    case ParsedIndicator indicator:
                        writer.MergeIndicator(indicator.Indicator);
                        break;
                    case ParsedDimension dimension:
                        writer.MergeDimension(dimension.Dimension);
                        break;
                    case ParsedArea area:
                        if (!writer.MergeArea(area.Area))
                        {
                            run.Reject(area.Position, $"unknown area code '{area.Area.Code}'", ImportErrorKind.UnknownArea, area.Area.Code);
                        }

                        break;
                    case ParsedSdgLink link:
                        writer.MergeSdgLink(link.IndicatorId, link.Goal, link.TargetId, link.Source, link.Note);
                        break;
                    case ParseProblem problem:
                        run.RejectUnreadRow(problem.Position, problem.Reason, problem.Fatal);
                        break;
                }
            }
        }

        run.Complete();
        var summary = writer.Finish(run.RowsRead, run.RowsRejected, keepGoodRows: false, dryRun: false);
        var result = new ImportResult(request.Name, request.Format, summary);
        return result.Stored ? result with { SdgMappingsAdded = writer.SdgLinksAdded } : result;
    }

    private static ParsedItem Relabel(ParsedItem item, string source) => item switch
    {
        ParsedObservation o => o with
        {
            Position = Label(o.Position, source),
            IndicatorPosition = o.IndicatorPosition is { } i ? Label(i, source) : null,
            AreaPosition = o.AreaPosition is { } a ? Label(a, source) : null,
            PeriodPosition = o.PeriodPosition is { } p ? Label(p, source) : null,
        },
        ParsedArea a => a with { Position = Label(a.Position, source) },
        ParseProblem p => p with { Position = Label(p.Position, source) },
        _ => item,
    };

    private static SourcePosition Label(SourcePosition position, string source) =>
        position with { Field = position.Field is null ? source : $"{source} {position.Field}" };
}
