using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Parsing;
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

    private readonly StoreImportSession _store;
    private readonly FormatDetector _detector;

    internal ImportSession(StoreImportSession store, FormatDetector detector)
    {
        _store = store;
        _detector = detector;
    }

    /// <summary>Imports one file as one batch.</summary>
    public ImportResult Import(ImportRequest request, IProgress<ImportProgress>? progress = null)
    {
        var source = request.Source;
        var parser = _detector.Choose(source, request.Format, request.Options, out var reason);
        var format = parser?.Format ?? request.Format;
        var parseKey = parser is null ? null : ParseKey(parser.Format, request.Options);
        var byteCount = ByteCount(source);

        // An unchanged re-import is recognised before anything is written: the hash is taken first, but only
        // for a file whose size and parse key match a stored batch's, so a first import never waits for it.
        string? sha256 = null;
        if (parseKey is not null && byteCount is not null && !request.DryRun && !request.ReimportUnchanged
            && _store.MayHaveUnchangedBatch(byteCount.Value, parseKey))
        {
            sha256 = Sha256(source);
            if (_store.FindUnchangedBatch(sha256, byteCount.Value, parseKey) is { } earlier)
            {
                return new ImportResult(source.Name, format, new ImportBatchSummary(
                    earlier.Id, ImportOutcome.Unchanged, 0, earlier.RowsStored, 0, 0, 0, []));
            }
        }
        else if (byteCount <= HashInlineBytes)
        {
            sha256 = Sha256(source);
        }

        var hashing = sha256 is not null ? Task.FromResult(sha256) : Task.Run(() => Sha256(source));
        using var writer = _store.BeginFile(new ImportBatchStart(source.Name, format.ToName(), string.Empty, byteCount, parseKey));
        if (parser is null)
        {
            writer.Sha256 = hashing.GetAwaiter().GetResult();
            writer.AddError(new ImportError(0, 0, null, reason));
            return new ImportResult(source.Name, format, writer.Finish(0, 0, keepGoodRows: false, request.DryRun));
        }

        var run = new Run(writer, request.Options);
        var fatal = false;
        // A parser thread pays off for a large file; for a small one (most of an archive) handing its few
        // thousand rows to another thread and waking it costs more than parsing them, all the more on a busy machine.
        var items = parser.Parse(source, request.Options);
        foreach (var item in byteCount <= ParseInlineBytes ? items : ParsedItemPrefetch.Run(items))
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
                    writer.MergeIndicator(indicator.Indicator);
                    break;
                case ParsedDimension dimension:
                    writer.MergeDimension(dimension.Dimension);
                    break;
                case ParsedArea area:
                    if (!writer.MergeArea(area.Area))
                    {
                        run.Reject(area.Position, $"unknown area code '{area.Area.Code}'");
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

        progress?.Report(new ImportProgress(source.Name, run.RowsRead, 0, 0));
        writer.Sha256 = hashing.GetAwaiter().GetResult();
        var summary = writer.Finish(run.RowsRead, run.RowsRejected, keepGoodRows: request.AllowPartial && !fatal, request.DryRun);
        var result = new ImportResult(source.Name, format, summary);
        return result.Stored ? result with { SdgMappingsAdded = writer.SdgLinksAdded } : result;
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


    /// <summary>The per-file state of resolving rows: caches and counters.</summary>
    private sealed class Run(ImportWriter writer, ParseOptions options)
    {
        private readonly Dictionary<string, long> _indicators = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _periods = new(StringComparer.Ordinal);
        private long _lastRejectedLine = -1;
        private string? _lastArea;
        private long _lastAreaId;
        private string? _lastRawPeriod;
        private string _lastPeriod = string.Empty;
        private string? _lastIndicatorCode;
        private long _lastIndicatorId;

        internal long RowsRead { get; private set; }

        internal long RowsRejected { get; private set; }

        internal void Write(ParsedObservation row)
        {
            RowsRead++;
            var indicatorCode = row.IndicatorId ?? options.IndicatorId;
            if (string.IsNullOrWhiteSpace(indicatorCode))
            {
                Reject(row.IndicatorPosition ?? row.Position, "the file names no indicator for this value; give one with --indicator");
                return;
            }

            // Files come sorted more often than not and parsers reuse their strings, so the previous row's
            // answers are checked by reference before any dictionary is asked.
            if (!ReferenceEquals(row.Area, _lastArea))
            {
                if (!writer.Areas.TryResolve(row.Area, out _lastAreaId, out _))
                {
                    _lastArea = null;
                    Reject(row.AreaPosition ?? row.Position, $"unknown area '{row.Area}': not an SCB or Kolada code or a Swedish area name");
                    return;
                }

                _lastArea = row.Area;
            }

            if (!ReferenceEquals(row.Period, _lastRawPeriod))
            {
                if (!_periods.TryGetValue(row.Period, out var normalized))
                {
                    if (!Period.TryNormalize(row.Period, out normalized, out var why))
                    {
                        Reject(row.PeriodPosition ?? row.Position, $"unparseable period: {why}");
                        return;
                    }

                    _periods[row.Period] = normalized;
                }

                (_lastRawPeriod, _lastPeriod) = (row.Period, normalized);
            }

            if (!ReferenceEquals(indicatorCode, _lastIndicatorCode))
            {
                if (!_indicators.TryGetValue(indicatorCode, out _lastIndicatorId))
                {
                    _lastIndicatorId = writer.ResolveIndicator(indicatorCode.Trim());
                    _indicators[indicatorCode] = _lastIndicatorId;
                }

                _lastIndicatorCode = indicatorCode;
            }

            var values = new ObservationValues(row.Value, row.Status, row.StandardError, row.LowerLimit, row.UpperLimit, row.Population);
            if (!writer.WriteObservation(_lastIndicatorId, _lastAreaId, _lastPeriod, row.Dimension, row.Subgroup, values))
            {
                Reject(row.Position,
                    $"duplicate key: {indicatorCode}, area {row.Area}, period {_lastPeriod}, {row.Dimension}/{row.Subgroup} occurs earlier in this file");
            }
        }

        /// <summary>A problem the parser found before it could make an observation of the row.</summary>
        internal void RejectUnreadRow(SourcePosition position, string reason, bool fatal)
        {
            if (!fatal && position.Line > 0 && position.Line != _lastRejectedLine)
            {
                RowsRead++;
            }

            Reject(position, reason);
        }

        internal void Reject(SourcePosition position, string reason)
        {
            writer.AddError(new ImportError(position.Line, position.Column, position.Field, reason));
            if (position.Line > 0 && position.Line != _lastRejectedLine)
            {
                _lastRejectedLine = position.Line;
                RowsRejected++;
            }
        }
    }
}
