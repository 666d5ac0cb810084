using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Import.Pipeline;

/// <summary>The state of resolving one batch's rows: caches and counters (a file in a session, or a fetch's pages).</summary>
internal sealed class ImportRun(ImportWriter writer, ParseOptions options)
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
            if (!writer.Areas.TryResolve(row.Area, out _lastAreaId, out _))
            {
                _lastArea = null;
                Reject(row.AreaPosition ?? row.Position, $"unknown area '{row.Area}': not an SCB or Kolada code or a Swedish area name", ImportErrorKind.UnknownArea, row.Area);
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

        if (!ReferenceEquals(row.Area, _lastArea) && KeyText.Problem(row.Area, "the area") is { } areaProblem)
        {
            Reject(row.AreaPosition ?? row.Position, areaProblem);
            return false;
        }

        if ((KeyText.Problem(row.Dimension, "the dimension") ?? KeyText.Problem(row.Subgroup, "the subgroup") ?? KeyText.Problem(row.Period, "the period")) is { } keyProblem)
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
        // However long a hostile cell or header is, what is kept and printed for it stays short.
        var field = position.Field is null ? null : InputLimits.Bound(position.Field, InputLimits.ExcerptChars * 2);
        writer.AddError(new ImportError(position.Line, position.Column, field, InputLimits.Bound(reason))
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
}
