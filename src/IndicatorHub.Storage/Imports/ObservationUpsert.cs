using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IndicatorHub.Storage.Imports;

/// <summary>
/// The one prepared statement an import runs per row. On a key conflict it updates the values; batch_id moves
/// to this batch only when something changed, so each value keeps the batch that set it and re-importing the
/// same file changes nothing. The WHERE clause refuses a second row with the same key from the same batch,
/// which is how an in-file duplicate shows up (no row changed).
/// </summary>
internal sealed class ObservationUpsert : IDisposable
{
    private const string Sql = """
        INSERT INTO observations (indicator_id, area_id, period, dimension, subgroup, value, status, se, ci_lb, ci_ub, population, batch_id, seen_batch_id)
        VALUES ($indicator, $area, $period, $dimension, $subgroup, $value, $status, $se, $lb, $ub, $population, $batch, $batch)
        ON CONFLICT (indicator_id, area_id, period, dimension, subgroup) DO UPDATE SET
            batch_id = CASE
                WHEN observations.value IS excluded.value AND observations.status IS excluded.status AND observations.se IS excluded.se
                     AND observations.ci_lb IS excluded.ci_lb AND observations.ci_ub IS excluded.ci_ub AND observations.population IS excluded.population
                THEN observations.batch_id ELSE excluded.batch_id END,
            value = excluded.value,
            status = excluded.status,
            se = excluded.se,
            ci_lb = excluded.ci_lb,
            ci_ub = excluded.ci_ub,
            population = excluded.population,
            seen_batch_id = excluded.seen_batch_id
        WHERE observations.seen_batch_id <> excluded.seen_batch_id
        """;

    private const int Done = 101; // SQLITE_DONE

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int _indicator;
    private readonly int _area;
    private readonly int _period;
    private readonly int _dimension;
    private readonly int _subgroup;
    private readonly int _value;
    private readonly int _status;
    private readonly int _se;
    private readonly int _lb;
    private readonly int _ub;
    private readonly int _population;

    /// <remarks>
    /// The statement is prepared and bound through SQLitePCL.raw, under Microsoft.Data.Sqlite's own connection and
    /// transaction: the ADO.NET command's per-execution bookkeeping costs as much as SQLite's insert itself,
    /// and this statement runs once per row of files with millions of rows.
    /// </remarks>
    internal ObservationUpsert(SqliteConnection connection)
    {
        _connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, Sql, out _statement));
        _indicator = Index("$indicator");
        _area = Index("$area");
        _period = Index("$period");
        _dimension = Index("$dimension");
        _subgroup = Index("$subgroup");
        _value = Index("$value");
        _status = Index("$status");
        _se = Index("$se");
        _lb = Index("$lb");
        _ub = Index("$ub");
        _population = Index("$population");
        _batch = Index("$batch");
    }

    private readonly int _batch;

    /// <summary>Starts a file: binds its batch id and forgets what the previous file bound and wrote.</summary>
    internal void Begin(long batchId)
    {
        Check(raw.sqlite3_bind_int64(_statement, _batch, batchId));
        _unbound = true;
        _lastIndicator = -1;
        _lastArea = -1;
        Written = 0;
    }

    private long _lastIndicator = -1;
    private long _lastArea = -1;
    private string? _lastPeriod;
    private string? _lastDimension;
    private string? _lastSubgroup;
    private string? _lastStatus;
    private double? _lastValue;
    private double? _lastSe;
    private double? _lastLb;
    private double? _lastUb;
    private double? _lastPopulation;
    private bool _unbound = true;

    /// <summary>Rows written (inserted, changed or confirmed) by this batch.</summary>
    internal long Written { get; private set; }

    internal bool Execute(long indicatorId, long areaId, string period, string dimension, string subgroup, in ObservationValues values)
    {
        // SQLite keeps bindings across resets, so only what differs from the previous row is bound again: in a
        // sorted file that is the value and the subgroup, and every call into SQLite saved counts at 5 M rows.
        if (indicatorId != _lastIndicator)
        {
            raw.sqlite3_bind_int64(_statement, _indicator, _lastIndicator = indicatorId);
        }

        if (areaId != _lastArea)
        {
            raw.sqlite3_bind_int64(_statement, _area, _lastArea = areaId);
        }

        BindText(_period, period, ref _lastPeriod);
        BindText(_dimension, dimension, ref _lastDimension);
        BindText(_subgroup, subgroup, ref _lastSubgroup);
        BindText(_status, values.Status, ref _lastStatus);
        BindNumber(_value, values.Value, ref _lastValue);
        BindNumber(_se, values.StandardError, ref _lastSe);
        BindNumber(_lb, values.LowerLimit, ref _lastLb);
        BindNumber(_ub, values.UpperLimit, ref _lastUb);
        BindNumber(_population, values.Population, ref _lastPopulation);
        _unbound = false;
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != Done)
        {
            Check(result);
        }

        if (raw.sqlite3_changes(_connection.Handle) == 0)
        {
            return false;
        }

        Written++;
        return true;
    }

    public void Dispose() => _statement.Dispose();

    private void BindText(int index, string? text, ref string? last)
    {
        if (ReferenceEquals(text, last) && !_unbound)
        {
            return;
        }

        last = text;
        if (text is null)
        {
            raw.sqlite3_bind_null(_statement, index);
        }
        else
        {
            raw.sqlite3_bind_text16(_statement, index, text);
        }
    }

    private void BindNumber(int index, double? value, ref double? last)
    {
        // Compared bit for bit: NaN never reaches here, and -0.0 must stay -0.0.
        if (!_unbound && value.HasValue == last.HasValue && (!value.HasValue || BitConverter.DoubleToInt64Bits(value.Value) == BitConverter.DoubleToInt64Bits(last!.Value)))
        {
            return;
        }

        last = value;
        if (value.HasValue)
        {
            raw.sqlite3_bind_double(_statement, index, value.Value);
        }
        else
        {
            raw.sqlite3_bind_null(_statement, index);
        }
    }

    private int Index(string name) => raw.sqlite3_bind_parameter_index(_statement, name);

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK && result != Done)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), result);
        }
    }
}
