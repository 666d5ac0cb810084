using System.Collections.Concurrent;
using System.Diagnostics;
using Dapper;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Core.Observations;
using IndicatorHub.Storage.Queries.Indicators;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Inequality;

/// <summary>The key of one women-vs-men group in a bulk run.</summary>
public readonly record struct SexGroupKey(string Indicator, string Area, string Period);

/// <summary>What a bulk run read and computed.</summary>
/// <param name="Rows">Observation rows read (dimension total or sex).</param>
/// <param name="Groups">Indicator × area × period cells with a sex breakdown (in a read-only run: all cells).</param>
/// <param name="Results">Measure results produced (computed or with a reason).</param>
/// <param name="Computed">Results with an estimate.</param>
/// <param name="Checksum">Sum of the computed estimates, so a run can be compared with another.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record SexScanSummary(long Rows, long Groups, long Results, long Computed, double Checksum, TimeSpan Elapsed);

/// <summary>
/// Every measure for women vs men for every indicator with a sex breakdown × area × period of the store, in bulk:
/// one query per indicator divided by sex streams its observations in primary-key order (no sort), each cell's two
/// subgroups go to <see cref="InequalityCalculator.ComputeInto"/> with buffers reused per thread, and slices run in
/// parallel on their own connections (SQLite WAL lets readers run side by side). The groups are the same as
/// <see cref="IndicatorStore.AssembleInequalityGroups"/> builds for the sex dimension (female and male, population from
/// N01951 by sex, setting average from the total), without the cache: this is the path that fills a dashboard or
/// measures the maths against reading (bench/IndicatorHub.Bench/Measures).
/// </summary>
public static class SexMeasureScan
{
    private const string Query = """
        SELECT indicator_id, area_id, period, dimension, subgroup, value, se, ci_lb, ci_ub, population
        FROM observations
        WHERE indicator_id = $indicator AND dimension IN ('total', 'sex')
        ORDER BY area_id, period
        """;

    /// <summary>Runs the scan.</summary>
    /// <param name="store">The store.</param>
    /// <param name="options">Measures and methods (HEAT defaults when null).</param>
    /// <param name="parallelism">Threads (and connections) to use; at least 1.</param>
    /// <param name="computeMeasures">False reads exactly the same rows the same way and computes nothing: the reference for how much the maths adds.</param>
    /// <param name="onGroup">Called on worker threads with each group's results (the list is reused after the call returns).</param>
    public static SexScanSummary Run(
        IndicatorStore store,
        InequalityOptions? options = null,
        int parallelism = 1,
        bool computeMeasures = true,
        Action<SexGroupKey, IReadOnlyList<MeasureResult>>? onGroup = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= InequalityOptions.Default;
        parallelism = Math.Max(1, parallelism);
        var clock = Stopwatch.StartNew();
        var setup = Setup.Load(store);
        var slices = Slices(setup.IndicatorIds, parallelism);
        var totals = new ConcurrentBag<Worker>();
        var checksums = new double[slices.Count];
        Parallel.ForEach(
            slices,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => new Worker(store, setup, options, computeMeasures, onGroup),
            (slice, _, index, worker) =>
            {
                checksums[index] = worker.Scan(setup.IndicatorIds, slice.From, slice.To);
                return worker;
            },
            worker =>
            {
                worker.Dispose();
                totals.Add(worker);
            });
        clock.Stop();

        // Summed in slice order, so the checksum does not depend on which thread ran which slice.
        return new SexScanSummary(
            totals.Sum(w => w.Rows), totals.Sum(w => w.Groups), totals.Sum(w => w.Results), totals.Sum(w => w.Computed), checksums.Sum(), clock.Elapsed);
    }

    /// <summary>Contiguous ranges of the indicator list, several per thread so a slow slice does not leave a core idle.</summary>
    private static List<(int From, int To)> Slices(IReadOnlyList<long> ids, int parallelism)
    {
        var result = new List<(int, int)>();
        if (ids.Count == 0)
        {
            return result;
        }

        var size = Math.Max(1, (int)Math.Ceiling(ids.Count / (parallelism * 8.0)));
        for (var i = 0; i < ids.Count; i += size)
        {
            result.Add((i, Math.Min(ids.Count, i + size)));
        }

        return result;
    }

    /// <summary>Lookups loaded once: indicator directions, id → code maps, population by sex.</summary>
    private sealed class Setup
    {
        public required IReadOnlyList<long> IndicatorIds { get; init; }

        public required Dictionary<long, IndicatorDirection> Directions { get; init; }

        public required Dictionary<long, string> IndicatorCodes { get; init; }

        public required Dictionary<long, string> AreaCodes { get; init; }

        /// <summary>(area id, period) → (women, men) from N01951.</summary>
        public required Dictionary<(long Area, string Period), (double? Female, double? Male)> Populations { get; init; }

        public static Setup Load(IndicatorStore store)
        {
            using var connection = store.Connections.Open();
            var indicators = IndicatorCatalogueQuery.Run(connection).ToDictionary(i => i.Id, StringComparer.Ordinal);
            var ids = connection.Query<(long Id, string Code)>("SELECT id, code FROM indicators ORDER BY id").ToList();

            // Only indicators with values by sex have groups to compute; the others (half of Kolada's KPIs, about
            // 40 % of its rows) are not read. A sex-divided indicator shows a sex row in its first cell, so this
            // stops early for it and scans keys only for the others.
            var bySex = connection.Query<long>(
                "SELECT i.id FROM indicators i WHERE EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = i.id AND o.dimension = 'sex') ORDER BY i.id")
                .ToList();
            var populations = new Dictionary<(long, string), (double?, double?)>();
            foreach (var p in connection.Query<(long Area, string Period, string Subgroup, double? Value)>(
                         """
                         SELECT o.area_id, o.period, o.subgroup, o.value FROM observations o JOIN indicators i ON i.id = o.indicator_id
                         WHERE i.code = @Code AND o.dimension = 'sex'
                         """,
                         new { Code = InequalityDimensions.PopulationIndicator }))
            {
                populations.TryGetValue((p.Area, p.Period), out var pair);
                populations[(p.Area, p.Period)] = p.Subgroup switch
                {
                    Dimensions.Female => (p.Value, pair.Item2),
                    Dimensions.Male => (pair.Item1, p.Value),
                    _ => pair,
                };
            }

            return new Setup
            {
                IndicatorIds = bySex,
                IndicatorCodes = ids.ToDictionary(i => i.Id, i => i.Code),
                Directions = ids.ToDictionary(i => i.Id, i => IndicatorDirection.Resolve(indicators[i.Code])),
                AreaCodes = connection.Query<(long Id, string Code)>("SELECT id, code FROM areas").ToDictionary(a => a.Id, a => a.Code),
                Populations = populations,
            };
        }
    }

    /// <summary>One thread's connection, prepared command and buffers.</summary>
    private sealed class Worker : IDisposable
    {
        private readonly Setup _setup;
        private readonly InequalityOptions _options;
        private readonly bool _compute;
        private readonly Action<SexGroupKey, IReadOnlyList<MeasureResult>>? _onGroup;
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _indicatorId;
        private readonly List<SubgroupEstimate> _subgroups = new(2);
        private readonly List<MeasureResult> _results = new(8);

        // The cell being read.
        private long _indicator = -1;
        private long _area = -1;
        private string _period = string.Empty;
        private double? _total;
        private bool _hasSex;
        private Row _female;
        private Row _male;

        public Worker(IndicatorStore store, Setup setup, InequalityOptions options, bool compute, Action<SexGroupKey, IReadOnlyList<MeasureResult>>? onGroup)
        {
            _setup = setup;
            _options = options;
            _compute = compute;
            _onGroup = onGroup;
            _connection = store.Connections.Open();
            _command = _connection.CreateCommand();
            _command.CommandText = Query;
            _indicatorId = _command.Parameters.Add("$indicator", SqliteType.Integer);
        }

        public long Rows { get; private set; }

        public long Groups { get; private set; }

        public long Results { get; private set; }

        public long Computed { get; private set; }

        private double _checksum;

        /// <summary>Reads and computes the indicators ids[from..to); returns the sum of their computed estimates.</summary>
        public double Scan(IReadOnlyList<long> ids, int from, int to)
        {
            _checksum = 0;
            for (var i = from; i < to; i++)
            {
                _indicatorId.Value = ids[i];
                Read();
            }

            Flush();
            _indicator = -1; // the next slice starts a new cell, not the last one again
            return _checksum;
        }

        private void Read()
        {
            using var reader = _command.ExecuteReader();
            while (reader.Read())
            {
                Rows++;
                var indicator = reader.GetInt64(0);
                var area = reader.GetInt64(1);
                var period = reader.GetString(2);
                if (indicator != _indicator || area != _area || !string.Equals(period, _period, StringComparison.Ordinal))
                {
                    Flush();
                    (_indicator, _area, _period) = (indicator, area, period);
                }

                var dimension = reader.GetString(3);
                var subgroup = reader.GetString(4);
                var row = new Row(Nullable(reader, 5), Nullable(reader, 6), Nullable(reader, 7), Nullable(reader, 8), Nullable(reader, 9), true);
                if (dimension == Dimensions.Total)
                {
                    if (subgroup == Dimensions.TotalSubgroup)
                    {
                        _total = row.Value;
                    }
                }
                else if (subgroup == Dimensions.Female)
                {
                    (_female, _hasSex) = (row, true);
                }
                else if (subgroup == Dimensions.Male)
                {
                    (_male, _hasSex) = (row, true);
                }
            }
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }

        private void Flush()
        {
            if (_indicator < 0)
            {
                return;
            }

            if (!_compute)
            {
                Groups++;
            }
            else if (_hasSex)
            {
                Groups++;
                Compute();
            }

            (_total, _hasSex, _female, _male) = (null, false, default, default);
        }

        private void Compute()
        {
            var direction = _setup.Directions[_indicator];
            _setup.Populations.TryGetValue((_area, _period), out var population);
            _subgroups.Clear();
            _subgroups.Add(_female.ToEstimate(Dimensions.Female, population.Female));
            _subgroups.Add(_male.ToEstimate(Dimensions.Male, population.Male));
            _results.Clear();
            InequalityCalculator.ComputeInto(
                _subgroups, new InequalityContext(direction.Favourable, direction.Scale, OrderedDimension: false, _total), _options, _results);
            foreach (var result in _results)
            {
                Results++;
                if (result.Estimate is { } estimate)
                {
                    Computed++;
                    _checksum += estimate;
                }
            }

            _onGroup?.Invoke(new SexGroupKey(_setup.IndicatorCodes[_indicator], _setup.AreaCodes[_area], _period), _results);
        }

        private static double? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }

    private readonly record struct Row(double? Value, double? Se, double? CiLb, double? CiUb, double? Population, bool Present)
    {
        public SubgroupEstimate ToEstimate(string name, double? fallbackPopulation) =>
            new(name, Value, Se, CiLb, CiUb, Population ?? fallbackPopulation);
    }
}
