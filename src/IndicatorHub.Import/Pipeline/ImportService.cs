using System.Security.Cryptography;
using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Import.Pipeline;

/// <summary>
/// Imports files into the store: detect the format, stream the parser's items, resolve indicators, areas and
/// periods, write each observation, and commit the file as one batch — or reject it whole, leaving the store
/// as it was. Every problem is kept with its file, line, column and reason.
/// </summary>
public sealed partial class ImportService(IndicatorStore store, FormatDetector detector)
{
    private const int ProgressEvery = 50_000;

    /// <summary>Imports one file as one batch.</summary>
    public ImportResult Import(ImportRequest request, IProgress<ImportProgress>? progress = null)
    {
        var source = request.Source;
        var parser = detector.Choose(source, request.Format, request.Options, out var reason);

        // A stream that can be read once (stdin, a pipe) is hashed as the parse reads it, never read a second time.
        var hashing = source.IsReadOnce ? null : Task.Run(() => Sha256(source));
        var format = parser?.Format ?? request.Format;
        using var writer = store.BeginImport(new ImportBatchStart(source.Name, format.ToName(), string.Empty));
        if (parser is null)
        {
            writer.Sha256 = hashing?.GetAwaiter().GetResult() ?? source.ReadOnceSha256() ?? string.Empty;
            writer.AddError(new ImportError(0, 0, null, reason));
            return new ImportResult(source.Name, format, writer.Finish(0, 0, keepGoodRows: false, request.DryRun));
        }

        var run = new Run(writer, request.Options);
        var fatal = false;
        try
        {
            Consume(ParsedItemPrefetch.Run(parser.Parse(source, request.Options)));
        }
        catch (ImportInputException stopped)
        {
            // A reader met input it cannot go on with (bytes invalid for the encoding, a line past the limits).
            run.RejectUnreadRow(stopped.Position, stopped.Reason, fatal: true);
            fatal = true;
        }
        catch (System.Text.DecoderFallbackException invalid)
        {
            run.RejectUnreadRow(SourcePosition.File, $"the file holds bytes that are not valid in its text encoding ({InputLimits.Bound(invalid.Message, 120)}); save it as UTF-8 and import it again", fatal: true);
            fatal = true;
        }

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
        }
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

        internal void Reject(SourcePosition position, string reason)
        {
            // However long a hostile cell or header is, what is kept and printed for it stays short.
            var field = position.Field is null ? null : InputLimits.Bound(position.Field, InputLimits.ExcerptChars * 2);
            writer.AddError(new ImportError(position.Line, position.Column, field, InputLimits.Bound(reason)));
            if (position.Line > 0 && position.Line != _lastRejectedLine)
            {
                _lastRejectedLine = position.Line;
                RowsRejected++;
            }
        }
    }
}
