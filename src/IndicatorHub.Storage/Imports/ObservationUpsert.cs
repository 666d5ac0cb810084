using Microsoft.Data.Sqlite;

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

    private readonly SqliteCommand _command;
    private readonly SqliteParameter _indicator;
    private readonly SqliteParameter _area;
    private readonly SqliteParameter _period;
    private readonly SqliteParameter _dimension;
    private readonly SqliteParameter _subgroup;
    private readonly SqliteParameter _value;
    private readonly SqliteParameter _status;
    private readonly SqliteParameter _se;
    private readonly SqliteParameter _lb;
    private readonly SqliteParameter _ub;
    private readonly SqliteParameter _population;

    internal ObservationUpsert(SqliteConnection connection, SqliteTransaction transaction, long batchId)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = Sql;
        _indicator = _command.Parameters.Add("$indicator", SqliteType.Integer);
        _area = _command.Parameters.Add("$area", SqliteType.Integer);
        _period = _command.Parameters.Add("$period", SqliteType.Text);
        _dimension = _command.Parameters.Add("$dimension", SqliteType.Text);
        _subgroup = _command.Parameters.Add("$subgroup", SqliteType.Text);
        _value = _command.Parameters.Add("$value", SqliteType.Real);
        _status = _command.Parameters.Add("$status", SqliteType.Text);
        _se = _command.Parameters.Add("$se", SqliteType.Real);
        _lb = _command.Parameters.Add("$lb", SqliteType.Real);
        _ub = _command.Parameters.Add("$ub", SqliteType.Real);
        _population = _command.Parameters.Add("$population", SqliteType.Real);
        _command.Parameters.AddWithValue("$batch", batchId);
        _command.Prepare();
    }

    /// <summary>Rows written (inserted, changed or confirmed) by this batch.</summary>
    internal long Written { get; private set; }

    internal bool Execute(long indicatorId, long areaId, string period, string dimension, string subgroup, in ObservationValues values)
    {
        _indicator.Value = indicatorId;
        _area.Value = areaId;
        _period.Value = period;
        _dimension.Value = dimension;
        _subgroup.Value = subgroup;
        _value.Value = Db(values.Value);
        _status.Value = (object?)values.Status ?? DBNull.Value;
        _se.Value = Db(values.StandardError);
        _lb.Value = Db(values.LowerLimit);
        _ub.Value = Db(values.UpperLimit);
        _population.Value = Db(values.Population);
        if (_command.ExecuteNonQuery() == 0)
        {
            return false;
        }

        Written++;
        return true;
    }

    public void Dispose() => _command.Dispose();

    private static object Db(double? value) => value.HasValue ? value.Value : DBNull.Value;
}
