using System.Buffers;
using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Import.Pipeline;

/// <summary>The state of resolving one batch's rows: caches and counters (a file in a session, or a fetch's pages).</summary>
internal sealed class ImportRun
{
    private readonly ImportWriter _writer;
    private readonly ParseOptions _options;

    /// <summary>
    /// What a queued row's duplicate error needs, by the row's tag modulo its length: the writer holds at most
    /// <see cref="ImportWriter.MaxQueuedObservations"/> rows unwritten, so a tag is reported while its entry is here.
    /// It starts small and doubles up to that while the file's first rows come (a small file needs little).
    /// </summary>
    private QueuedKey[] _queued = ArrayPool<QueuedKey>.Shared.Rent(256);
    private long _nextTag;

    /// <summary>How many strings the by-reference memos hold before they start again.</summary>
    private const int MaxRemembered = 4096;
    private readonly Dictionary<string, bool> _cleanKeys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, long> _areaIds = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<string, long> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _periods = new(StringComparer.Ordinal);
    private long _lastRejectedLine = -1;
    private string? _lastArea;
    private long _lastAreaId;
    private string? _lastRawPeriod;
    private string? _lastDimension;
    private string? _lastSubgroup;
    private string _lastPeriod = string.Empty;
    private string? _lastIndicatorCode;
    private long _lastIndicatorId;

    internal ImportRun(ImportWriter writer, ParseOptions options)
    {
        _writer = writer;
        _options = options;
        writer.DuplicateFound = RejectDuplicate;
    }

    internal long RowsRead { get; private set; }

    internal long RowsRejected { get; private set; }

    internal void Write(ParsedObservation row)
    {
        RowsRead++;
        var indicatorCode = row.IndicatorId ?? _options.IndicatorId;
        if (string.IsNullOrWhiteSpace(indicatorCode))
        {
            Reject(row.IndicatorPosition ?? row.Position, "the file names no indicator for this value; name the indicator when importing it");
            return;
        }

        if (!KeysAreClean(row, indicatorCode))
        {
            return;
        }

        // Files come sorted more often than not and parsers reuse their strings, so the previous row's
        // answers are checked by reference before any dictionary is asked.
        if (!ReferenceEquals(row.Area, _lastArea))
        {
            // A file sorted by year changes area on every row: its few hundred area strings are remembered by reference.
            if (!_areaIds.TryGetValue(row.Area, out _lastAreaId))
            {
                if (!_writer.Areas.TryResolve(row.Area, out _lastAreaId, out _))
                {
                    _lastArea = null;
                    Reject(row.AreaPosition ?? row.Position, $"unknown area '{row.Area}': not an SCB or Kolada code or a Swedish area name", ImportErrorKind.UnknownArea, row.Area);
                    return;
                }

                Remember(_areaIds, row.Area, _lastAreaId);
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
                _lastIndicatorId = _writer.ResolveIndicator(indicatorCode.Trim());
                _indicators[indicatorCode] = _lastIndicatorId;
            }

            _lastIndicatorCode = indicatorCode;
        }

        var values = new ObservationValues(row.Value, row.Status, row.StandardError, row.LowerLimit, row.UpperLimit, row.Population);
        var tag = _nextTag++;
        if (tag == _queued.Length && _queued.Length < ImportWriter.MaxQueuedObservations)
        {
            // Every tag so far is below the old length, so each entry keeps its place. Pooled: a large array per
            // file of an archive would be a large-object allocation, and thousands of them cost full collections.
            var larger = ArrayPool<QueuedKey>.Shared.Rent(Math.Min(_queued.Length * 2, ImportWriter.MaxQueuedObservations));
            _queued.AsSpan().CopyTo(larger);
            ArrayPool<QueuedKey>.Shared.Return(_queued, clearArray: true);
            _queued = larger;
        }

        _queued[tag % _queued.Length] = new QueuedKey(row.Position, indicatorCode, row.Area, _lastPeriod, row.Dimension, row.Subgroup);
        (_lastDimension, _lastSubgroup) = (row.Dimension, row.Subgroup);
        _writer.QueueObservation(_lastIndicatorId, _lastAreaId, _lastPeriod, row.Dimension, row.Subgroup, values, tag);
    }

    /// <summary>Writes what is still queued, so that every duplicate is counted before the batch is finished.</summary>
    internal void Complete()
    {
        _writer.FlushObservations();
        ArrayPool<QueuedKey>.Shared.Return(_queued, clearArray: true);
        _queued = [];
    }

    /// <summary>
    /// Every format's keys pass the same check (<see cref="KeyText"/>), and no format may store a number that is
    /// not finite (1e400 read as infinity would be exported as a value the importer itself refuses).
    /// </summary>
    private bool KeysAreClean(ParsedObservation row, string indicatorCode)
    {
        if (!ReferenceEquals(indicatorCode, _lastIndicatorCode) && KeyText.Problem(indicatorCode, "the indicator id") is { } indicatorProblem)
        {
            Reject(row.IndicatorPosition ?? row.Position, indicatorProblem);
            return false;
        }

        if (!ReferenceEquals(row.Area, _lastArea) && !_areaIds.ContainsKey(row.Area) && KeyText.Problem(row.Area, "the area") is { } areaProblem)
        {
            Reject(row.AreaPosition ?? row.Position, areaProblem);
            return false;
        }

        if (((ReferenceEquals(row.Dimension, _lastDimension) ? null : Problem(row.Dimension, "the dimension"))
                ?? (ReferenceEquals(row.Subgroup, _lastSubgroup) ? null : Problem(row.Subgroup, "the subgroup"))
                ?? (ReferenceEquals(row.Period, _lastRawPeriod) ? null : Problem(row.Period, "the period"))) is { } keyProblem)
        {
            Reject(row.Position, keyProblem);
            return false;
        }

        if (!IsFinite(row.Value) || !IsFinite(row.StandardError) || !IsFinite(row.LowerLimit) || !IsFinite(row.UpperLimit) || !IsFinite(row.Population))
        {
            Reject(row.Position, "a number in this row is too large to store (beyond ±1.8e308) or not a number; write it as an ordinary decimal number");
            return false;
        }

        return true;

        static bool IsFinite(double? value) => value is not { } v || double.IsFinite(v);
    }

    /// <summary>
    /// <see cref="KeyText.Problem"/>, asked once per string instance: parsers hand out the same few dimension,
    /// subgroup and period strings for millions of rows. The set is bounded for a parser that does not reuse them.
    /// </summary>
    private string? Problem(string key, string what)
    {
        if (_cleanKeys.ContainsKey(key))
        {
            return null;
        }

        if (KeyText.Problem(key, what) is { } problem)
        {
            return problem;
        }

        Remember(_cleanKeys, key, true);
        return null;
    }

    /// <summary>Remembers by reference, forgetting everything now and then for a parser that does not reuse its strings.</summary>
    private static void Remember<T>(Dictionary<string, T> memo, string key, T value)
    {
        if (memo.Count >= MaxRemembered)
        {
            memo.Clear();
        }

        memo[key] = value;
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

    internal void Reject(SourcePosition position, string reason, ImportErrorKind kind = ImportErrorKind.Other, string? subject = null)
    {
        // Queued rows come before this one: their duplicates are recorded first, so errors keep the file's order.
        _writer.FlushObservations();
        Record(position, reason, kind, subject);
    }

    private void RejectDuplicate(long tag)
    {
        var key = _queued[tag % _queued.Length];
        Record(key.Position, $"duplicate key: {key.IndicatorCode}, area {key.Area}, period {key.Period}, {key.Dimension}/{key.Subgroup} occurs earlier in this file");
    }

    private void Record(SourcePosition position, string reason, ImportErrorKind kind = ImportErrorKind.Other, string? subject = null)
    {
        // However long a hostile cell or header is, what is kept and printed for it stays short.
        var field = position.Field is null ? null : InputLimits.Bound(position.Field, InputLimits.ExcerptChars * 2);
        _writer.AddError(new ImportError(position.Line, position.Column, field, InputLimits.Bound(reason))
        {
            Kind = kind,
            Subject = subject is null ? null : InputLimits.Bound(subject, InputLimits.ExcerptChars),
        });
        if (position.Line > 0 && position.Line != _lastRejectedLine)
        {
            _lastRejectedLine = position.Line;
            RowsRejected++;
        }
    }

    private readonly record struct QueuedKey(SourcePosition Position, string IndicatorCode, string Area, string Period, string Dimension, string Subgroup);
}
