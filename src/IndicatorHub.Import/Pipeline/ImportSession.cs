using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Import.Pipeline;

/// <summary>
/// Imports files one after another over one store session (<see cref="ImportService.BeginSession"/>). Each
/// file is detected, parsed and committed as its own batch, or rejected whole; a file that an earlier batch
/// stored byte for byte, read the same way, with nothing written over it since, is recognised and skipped
/// (<see cref="ImportOutcome.Unchanged"/>) unless the request says to import it again.
/// </summary>
public sealed class ImportSession : IDisposable
{
    private const int ProgressEvery = 50_000;

    /// <summary>Files at most this large are hashed before the import rather than beside it: a thread costs more.</summary>
    private const long HashInlineBytes = 1 << 20;

    /// <summary>Files at most this large are parsed on the writer's thread instead of ahead of it on another.</summary>
    private const long ParseInlineBytes = 64 << 10;

    /// <summary>Files at most this large are parsed whole by <see cref="Prepare"/>; their items stay in memory until written.</summary>
    private const long ParseAheadBytes = ImportFileSource.InMemoryBytes;

    private readonly StoreImportSession _store;
    private readonly FormatDetector _detector;

    internal ImportSession(StoreImportSession store, FormatDetector detector)
    {
        _store = store;
        _detector = detector;
    }

    /// <summary>Imports one file as one batch.</summary>
    public ImportResult Import(ImportRequest request, IProgress<ImportProgress>? progress = null) => Import(Prepare(request), progress);

    /// <summary>
    /// Makes a file ready for <see cref="Import(PreparedImport, IProgress{ImportProgress})"/>: chooses its parser,
    /// measures and, when small, hashes it, and parses it when it is small and no stored batch could make it an
    /// unchanged one. Safe on another thread while this session imports: it reads the file, never the store's connection.
    /// </summary>
    public PreparedImport Prepare(ImportRequest request)
    {
        var source = request.Source;
        var parser = _detector.Choose(source, request.Format, request.Options, out var reason);
        var parseKey = parser is null ? null : ParseKey(parser.Format, request.Options);

        // A stream that can be read only once (stdin, a pipe) is never opened to be measured or hashed: its hash is
        // taken as the parse reads it. Without a size it is never taken for an unchanged file either.
        var byteCount = source.IsReadOnce ? null : ByteCount(source);

        // An unchanged re-import is recognised before anything is written: the hash is taken first, but only
        // for a file whose size and parse key match a stored batch's, so a first import never waits for it.
        var sameSize = parseKey is not null && byteCount is not null && !request.DryRun && !request.ReimportUnchanged
            && _store.MayHaveUnchangedBatch(byteCount.Value, parseKey);
        var sha256 = sameSize || byteCount <= HashInlineBytes ? Sha256(source) : null;
        var mayBeUnchanged = sameSize && _store.MayHaveUnchangedBatch(byteCount!.Value, parseKey!, sha256);

        // A file that may be skipped is not parsed ahead: a re-import of an unchanged archive would pay for nothing.
        var items = parser is not null && !mayBeUnchanged && byteCount <= ParseAheadBytes ? ParsedItemList.Read(parser.Parse(source, request.Options)) : null;
        return new PreparedImport(request, parser, reason, parseKey, byteCount, sha256, mayBeUnchanged, items);
    }

    /// <summary>Imports one prepared file as one batch.</summary>
    public ImportResult Import(PreparedImport prepared, IProgress<ImportProgress>? progress = null)
    {
        var request = prepared.Request;
        var source = request.Source;
        var (parser, parseKey, byteCount, sha256) = (prepared.Parser, prepared.ParseKey, prepared.ByteCount, prepared.Sha256);
        var format = parser?.Format ?? request.Format;
        if (prepared.MayBeUnchanged && _store.FindUnchangedBatch(sha256!, byteCount!.Value, parseKey!) is { } earlier)
        {
            return new ImportResult(source.Name, format, new ImportBatchSummary(
                earlier.Id, ImportOutcome.Unchanged, 0, earlier.RowsStored, 0, 0, 0, []));
        }

        var hashing = sha256 is not null ? Task.FromResult(sha256) : source.IsReadOnce ? null : Task.Run(() => Sha256(source));
        using var writer = _store.BeginFile(new ImportBatchStart(source.Name, format.ToName(), string.Empty, byteCount, parseKey));
        if (parser is null)
        {
            writer.Sha256 = hashing?.GetAwaiter().GetResult() ?? source.ReadOnceSha256() ?? string.Empty;
            writer.AddError(new ImportError(0, 0, null, prepared.Reason));
            return new ImportResult(source.Name, format, writer.Finish(0, 0, keepGoodRows: false, request.DryRun));
        }

        var run = new ImportRun(writer, request.Options);
        var fatal = false;
        try
        {
            // A parser thread pays off for a large file; for a small one (most of an archive) handing its few
            // thousand rows to another thread and waking it costs more than parsing them, all the more on a busy
            // machine. A read-once stream has no size and is taken as large.
            Consume(prepared.Items?.Replay()
                ?? (byteCount <= ParseInlineBytes ? parser.Parse(source, request.Options) : ParsedItemPrefetch.Run(parser.Parse(source, request.Options))));
        }
        catch (ImportInputException stopped)
        {
            // A reader met input it cannot go on with (bytes invalid for the encoding, a line past the limits).
            run.RejectUnreadRow(stopped.Position, stopped.Reason, fatal: true);
            fatal = true;
        }
        catch (DecoderFallbackException invalid)
        {
            run.RejectUnreadRow(SourcePosition.File, $"the file holds bytes that are not valid in its text encoding ({InputLimits.Bound(invalid.Message, 120)}); save it as UTF-8 and import it again", fatal: true);
            fatal = true;
        }

        run.Complete();
        progress?.Report(new ImportProgress(source.Name, run.RowsRead, 0, 0));
        writer.Sha256 = hashing?.GetAwaiter().GetResult() ?? source.ReadOnceSha256() ?? string.Empty;
        var summary = writer.Finish(run.RowsRead, run.RowsRejected, keepGoodRows: request.AllowPartial && !fatal, request.DryRun);
        var result = new ImportResult(source.Name, format, summary);
        return result.Stored ? result with { SdgMappingsAdded = writer.SdgLinksAdded } : result;

        void Consume(IEnumerable<ParsedItem> items)
        {
            foreach (var item in items)
            {
                switch (item)
                {
                    case ParsedObservation observation:
                        run.Write(observation);
                        if (progress is not null && run.RowsRead % ProgressEvery == 0)
                        {
                            progress.Report(new ImportProgress(source.Name, run.RowsRead, 0, 0));
                        }

                        break;
                    case ParsedIndicator indicator:
                        if (KeyText.Problem(indicator.Indicator.Id, "the indicator id") is { } idProblem)
                        {
                            run.Reject(indicator.Position, idProblem);
                            break;
                        }

                        writer.MergeIndicator(indicator.Indicator);
                        break;
                    case ParsedDimension dimension:
                        if (KeyText.Problem(dimension.Dimension.Id, "the dimension") is { } dimensionProblem)
                        {
                            run.Reject(dimension.Position, dimensionProblem);
                            break;
                        }

                        writer.MergeDimension(dimension.Dimension);
                        break;
                    case ParsedArea area:
                        if (KeyText.Problem(area.Area.Code, "the area code") is { } codeProblem)
                        {
                            run.Reject(area.Position, codeProblem);
                        }
                        else if (!writer.MergeArea(area.Area))
                        {
                            run.Reject(area.Position, $"unknown area code '{area.Area.Code}'", ImportErrorKind.UnknownArea, area.Area.Code);
                        }

                        break;
                    case ParsedSdgLink link:
                        writer.MergeSdgLink(link.IndicatorId, link.Goal, link.TargetId, link.Source, link.Note);
                        break;
                    case ParseProblem problem:
                        run.RejectUnreadRow(problem.Position, problem.Reason, problem.Fatal);
                        fatal |= problem.Fatal;
                        break;
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();

    /// <summary>
    /// The format and every option that changes what the parser makes of the same bytes, so that a file read
    /// with another --indicator, encoding, delimiter or column mapping is never taken for an unchanged one.
    /// </summary>
    internal static string ParseKey(ImportFormat format, ParseOptions options)
    {
        var key = new StringBuilder(format.ToName());
        key.Append("|indicator=").Append(options.IndicatorId)
            .Append("|encoding=").Append(options.Encoding?.WebName)
            .Append("|delimiter=").Append(options.Delimiter?.ToString(CultureInfo.InvariantCulture));
        foreach (var (canonical, header) in (options.ColumnMapping ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            key.Append("|column:").Append(canonical.ToUpperInvariant()).Append('=').Append(header);
        }

        return key.ToString();
    }

    private static long? ByteCount(ImportSource source)
    {
        using var stream = source.Open();
        return stream.CanSeek ? stream.Length : null;
    }

    private static string Sha256(ImportSource source)
    {
        using var stream = source.Open();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
