using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IndicatorHub.Storage.Imports;

/// <summary>
/// The prepared statements an import writes observations with. A row whose key is new is inserted; on a key
/// conflict the values are updated, and batch_id moves to this batch only when something changed, so each value
/// keeps the batch that set it and re-importing the same file changes nothing. The update's WHERE clause refuses a
/// second row with the same key from the same batch, which is how an in-file duplicate shows up (no row changed).
/// </summary>
/// <remarks>
/// <para>
/// A file's rows are queued, up to <see cref="WindowRows"/> at a time, and written in key order: files such as
/// Kolada's list a year's areas before the next year, while the table is keyed area before year, and inserting in
/// file order landed each row on another page (in C against the same SQLite, the whole Kolada archive took 21 s
/// of SQLite's time in file order and 15 s in key order). Rows are sorted by indicator, area and their place in
/// the file, so rows with the same key keep the file's order and the first occurrence is the one kept.
/// </para>
/// <para>
/// Three statements, chosen for what SQLite does per execution. The upsert's DO UPDATE may fire the history trigger
/// observations_keep_replaced, and a statement that may fire a trigger opens a statement journal on every
/// execution: each row copied the pages it touched into that journal and truncated it again, half of SQLite's time
/// on a new archive. So new rows are inserted <see cref="ChunkRows"/> at a time by a plain multi-row INSERT, which
/// pays the statement's set-up, cursors and journal once per chunk instead of once per row.
/// </para>
/// <para>
/// A chunk that meets an existing key (a re-import, or a duplicate in the file) fails as a whole and SQLite backs
/// it out; its rows are then written one by one, and the rest of the file goes through the upsert, which handles
/// new and existing keys alike and tells each duplicate apart.
/// </para>
/// <para>
/// An empty cell (no value, no status, no statistics: <see cref="ObservationValues.IsEmpty"/>) is not a row. Kolada
/// lists 2.15 M of them among its 9.5 M cells; stored, they were 22 % of the table's rows and about 6 % of a
/// whole-Kolada import's time, and said nothing a missing row does not (both show as –). What an empty cell does say is kept: where an earlier batch stored a
/// value under the key, the value is withdrawn (set to nothing, batch_id moving to this batch, the old value kept
/// by the history trigger), so a figure the source took back does not linger. A withdrawal leaves seen_batch_id as
/// it was, and only touches a row this file has not given a value: a key may have one empty cell and one value in
/// a file, in either order, and the value stands; two values are a duplicate as before.
/// </para>
/// </remarks>
internal sealed class ObservationUpsert : IDisposable
{
    /// <summary>Rows per multi-row insert: 64 × 11 parameters stays far below SQLite's limit, and larger chunks gain little.</summary>
    internal const int ChunkRows = 64;

    /// <summary>Rows queued and sorted before they are written: a whole typical Kolada file, about 2 MiB of queue.</summary>
    internal const int WindowRows = 16384;

    private const string Columns = "indicator_id, area_id, period, dimension, subgroup, value, status, se, ci_lb, ci_ub, population, batch_id, seen_batch_id";
    private const string KeyColumns = "indicator_id, area_id, period, dimension, subgroup";

    private const string UpsertTail = $"""
        ON CONFLICT ({KeyColumns}) DO UPDATE SET
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

    private readonly RowStatement _chunk;
    private readonly RowStatement _insert;
    private readonly RowStatement _upsert;
    private readonly RowStatement _withdraw;
    private readonly QueuedRow[] _queue = new QueuedRow[WindowRows];
    private QueuedRow[]? _withdrawals;
    private int _withdrawalsQueued;
    private readonly int[] _order = new int[WindowRows];
    private readonly int[] _areaCounts = new int[1 << 16];
    private readonly List<long> _duplicates = [];
    private int _queued;
    private bool _conflicted;
    private bool _withdrew;

    /// <remarks>
    /// The statements are prepared and bound through SQLitePCL.raw, under Microsoft.Data.Sqlite's own connection and
    /// transaction: the ADO.NET command's per-execution bookkeeping costs as much as SQLite's insert itself.
    /// </remarks>
    internal ObservationUpsert(SqliteConnection connection)
    {
        _chunk = new RowStatement(connection, Insert(ChunkRows, string.Empty), ChunkRows);
        _insert = new RowStatement(connection, Insert(1, $"ON CONFLICT ({KeyColumns}) DO NOTHING"), 1);
        _upsert = new RowStatement(connection, Insert(1, UpsertTail), 1);

        // ?7 … ?12 are the cell's values, all null: the parameters are numbered as in the inserts so one binder serves.
        _withdraw = new RowStatement(
            connection,
            """
            UPDATE observations SET value = ?7, status = ?8, se = ?9, ci_lb = ?10, ci_ub = ?11, population = ?12, batch_id = ?1
            WHERE indicator_id = ?2 AND area_id = ?3 AND period = ?4 AND dimension = ?5 AND subgroup = ?6 AND seen_batch_id <> ?1
              AND (value IS NOT NULL OR status IS NOT NULL OR se IS NOT NULL OR ci_lb IS NOT NULL OR ci_ub IS NOT NULL OR population IS NOT NULL)
            """,
            1);
    }

    /// <summary>Rows written (inserted, changed, withdrawn or confirmed) by this batch.</summary>
    internal long Written { get; private set; }

    /// <summary>Empty cells that changed nothing: no row, and no stored value withdrawn.</summary>
    internal long Empty { get; private set; }

    /// <summary>
    /// Whether some row of this batch met a key already in the table (stored before, or earlier in the batch), or an
    /// empty cell withdrew a stored value. While false, every row written was a new one, and none replaced a value.
    /// </summary>
    internal bool MetExistingKey => _conflicted || _withdrew;

    /// <summary>Starts a file: binds its batch id and forgets what the previous file bound, queued and wrote.</summary>
    internal void Begin(long batchId)
    {
        _chunk.Begin(batchId);
        _insert.Begin(batchId);
        _upsert.Begin(batchId);
        _withdraw.Begin(batchId);
        _queued = 0;
        _withdrawalsQueued = 0;
        _conflicted = false;
        _withdrew = false;
        Written = 0;
        Empty = 0;
    }

    /// <summary>
    /// Writes one row now, after the queued values. Returns false when its key occurred earlier in this file. An
    /// empty cell is queued like any withdrawal, for the next <see cref="Flush"/>; <paramref name="storedBefore"/>:
    /// whether an earlier batch stored values of the indicator, so that an empty cell may have a value to withdraw.
    /// </summary>
    internal bool Execute(long indicatorId, long areaId, string period, string dimension, string subgroup, in ObservationValues values, bool storedBefore, Action<long>? duplicate)
    {
        if (values.IsEmpty)
        {
            Queue(indicatorId, areaId, period, dimension, subgroup, values, storedBefore, -1, duplicate);
            return true;
        }

        WriteQueued(duplicate);
        return WriteOne(new QueuedRow(indicatorId, areaId, period, dimension, subgroup, values, -1));
    }

    /// <summary>
    /// Queues one row. When its key turns out to have occurred earlier in this file, <paramref name="duplicate"/> is
    /// called with <paramref name="tag"/>, at the latest by <see cref="Flush"/>; tags must grow with the file's order.
    /// </summary>
    internal void Queue(long indicatorId, long areaId, string period, string dimension, string subgroup, in ObservationValues values, bool storedBefore, long tag, Action<long>? duplicate)
    {
        if (!values.IsEmpty)
        {
            _queue[_queued++] = new QueuedRow(indicatorId, areaId, period, dimension, subgroup, values, tag);
            if (_queued == WindowRows)
            {
                Flush(duplicate);
            }
        }
        else if (storedBefore)
        {
            _withdrawals ??= new QueuedRow[WindowRows];
            _withdrawals[_withdrawalsQueued++] = new QueuedRow(indicatorId, areaId, period, dimension, subgroup, values, tag);
            if (_withdrawalsQueued == WindowRows)
            {
                Flush(duplicate);
            }
        }
        else
        {
            Empty++;
        }
    }

    /// <summary>Writes what is queued, in key order, and reports its duplicates in the file's order.</summary>
    internal void Flush(Action<long>? duplicate)
    {
        WriteQueued(duplicate);

        // After the values, so that a withdrawal skips a key the file gives a value, whichever comes first in the file
        // (but for a file longer than the queue with the value in a later window: then the value is written over the
        // withdrawal and that key counts twice in Written).
        for (var i = 0; i < _withdrawalsQueued; i++)
        {
            Withdraw(_withdrawals![i]);
        }

        _withdrawalsQueued = 0;
    }

    private void WriteQueued(Action<long>? duplicate)
    {
        var count = _queued;
        _queued = 0;
        if (count == 0)
        {
            return;
        }

        var order = _order.AsSpan(0, count);
        SortByKey(order);
        var next = 0;
        for (; !_conflicted && next + ChunkRows <= count; next += ChunkRows)
        {
            for (var slot = 0; slot < ChunkRows; slot++)
            {
                _chunk.Bind(slot, _queue[order[next + slot]]);
            }

            var result = _chunk.Step();
            if (result == RowStatement.Done)
            {
                Written += ChunkRows;
            }
            else if ((result & 0xFF) == raw.SQLITE_CONSTRAINT)
            {
                // SQLite backed the whole chunk out; write its rows one by one to learn which key was already there.
                break;
            }
            else
            {
                _chunk.Check(result);
            }
        }

        for (; next < count; next++)
        {
            ref readonly var row = ref _queue[order[next]];
            if (!WriteOne(row))
            {
                _duplicates.Add(row.Tag);
            }
        }

        if (_duplicates.Count > 0)
        {
            _duplicates.Sort();
            foreach (var tag in _duplicates)
            {
                duplicate?.Invoke(tag);
            }

            _duplicates.Clear();
        }
    }

    public void Dispose()
    {
        _chunk.Dispose();
        _insert.Dispose();
        _upsert.Dispose();
        _withdraw.Dispose();
    }

    /// <summary>
    /// Fills <paramref name="order"/> with the queue's positions by indicator, area and position. A queue usually
    /// holds one indicator, or a few one after another, over a few hundred areas with nearby ids: each indicator's
    /// run is ordered by a counting sort in one pass. Anything else is compared.
    /// </summary>
    private void SortByKey(Span<int> order)
    {
        var count = order.Length;
        var start = 0;
        while (start < count)
        {
            var indicator = _queue[start].Indicator;
            long lowest = long.MaxValue, highest = long.MinValue;
            var end = start;
            for (; end < count && _queue[end].Indicator == indicator; end++)
            {
                lowest = Math.Min(lowest, _queue[end].Area);
                highest = Math.Max(highest, _queue[end].Area);
            }

            var laterIndicatorIsLarger = end == count || _queue[end].Indicator > indicator;
            if (!laterIndicatorIsLarger || highest - lowest >= _areaCounts.Length - 1)
            {
                for (var i = 0; i < count; i++)
                {
                    order[i] = i;
                }

                order.Sort(new KeyOrder(_queue));
                return;
            }

            // Stable: each area's rows keep the queue's order.
            var counts = _areaCounts.AsSpan(0, (int)(highest - lowest) + 2);
            counts.Clear();
            for (var i = start; i < end; i++)
            {
                counts[(int)(_queue[i].Area - lowest) + 1]++;
            }

            counts[0] = start;
            for (var a = 1; a < counts.Length; a++)
            {
                counts[a] += counts[a - 1];
            }

            for (var i = start; i < end; i++)
            {
                order[counts[(int)(_queue[i].Area - lowest)]++] = i;
            }

            start = end;
        }
    }

    private static string Insert(int rows, string tail)
    {
        // ?1 is the batch; row r's eleven values are ?(2 + 11r) … ?(12 + 11r), in RowStatement's order.
        var values = Enumerable.Range(0, rows).Select(r =>
        {
            var first = 2 + (r * RowStatement.ParametersPerRow);
            return "(" + string.Join(", ", Enumerable.Range(first, RowStatement.ParametersPerRow).Select(p => $"?{p}")) + ", ?1, ?1)";
        });
        return $"INSERT INTO observations ({Columns}) VALUES {string.Join(", ", values)} {tail}";
    }

    private void Withdraw(in QueuedRow row)
    {
        _withdraw.Bind(0, row);
        _withdraw.Check(_withdraw.Step());
        if (_withdraw.Changes != 0)
        {
            Written++;
            _withdrew = true;
        }
        else
        {
            Empty++;
        }
    }

    private bool WriteOne(in QueuedRow row)
    {
        if (!_conflicted)
        {
            _insert.Bind(0, row);
            _insert.Check(_insert.Step());
            if (_insert.Changes != 0)
            {
                Written++;
                return true;
            }

            _conflicted = true;
        }

        _upsert.Bind(0, row);
        _upsert.Check(_upsert.Step());
        if (_upsert.Changes == 0)
        {
            return false;
        }

        Written++;
        return true;
    }

    private readonly record struct QueuedRow(long Indicator, long Area, string Period, string Dimension, string Subgroup, ObservationValues Values, long Tag);

    /// <summary>Indicator, then area, then the place in the file: key order but for the period, which files keep ascending.</summary>
    private readonly struct KeyOrder(QueuedRow[] rows) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            ref readonly var a = ref rows[x];
            ref readonly var b = ref rows[y];
            var byIndicator = a.Indicator.CompareTo(b.Indicator);
            if (byIndicator != 0)
            {
                return byIndicator;
            }

            var byArea = a.Area.CompareTo(b.Area);
            return byArea != 0 ? byArea : x.CompareTo(y);
        }
    }

    /// <summary>One prepared statement of one or more rows, and what was last bound to each row's parameters.</summary>
    private sealed class RowStatement : IDisposable
    {
        internal const int Done = 101; // SQLITE_DONE
        internal const int ParametersPerRow = 11;

        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _statement;
        private readonly Bound[] _bound;

        internal RowStatement(SqliteConnection connection, string sql, int rows)
        {
            _connection = connection;
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
            _bound = new Bound[rows];
        }

        internal int Changes => raw.sqlite3_changes(_connection.Handle);

        internal void Begin(long batchId)
        {
            Check(raw.sqlite3_bind_int64(_statement, 1, batchId));
            Array.Clear(_bound);
        }

        /// <summary>
        /// Binds a row's values to the parameters of row <paramref name="slot"/>. SQLite keeps bindings across resets,
        /// so only what differs from that slot's previous row is bound again: every call into SQLite saved counts.
        /// </summary>
        internal void Bind(int slot, in QueuedRow row)
        {
            ref var last = ref _bound[slot];
            var first = 2 + (slot * ParametersPerRow);
            if (!last.Valid || row.Indicator != last.Indicator)
            {
                raw.sqlite3_bind_int64(_statement, first, last.Indicator = row.Indicator);
            }

            if (!last.Valid || row.Area != last.Area)
            {
                raw.sqlite3_bind_int64(_statement, first + 1, last.Area = row.Area);
            }

            BindText(first + 2, row.Period, ref last.Period, last.Valid);
            BindText(first + 3, row.Dimension, ref last.Dimension, last.Valid);
            BindText(first + 4, row.Subgroup, ref last.Subgroup, last.Valid);
            BindNumber(first + 5, row.Values.Value, ref last.Value, last.Valid);
            BindText(first + 6, row.Values.Status, ref last.Status, last.Valid);
            BindNumber(first + 7, row.Values.StandardError, ref last.Se, last.Valid);
            BindNumber(first + 8, row.Values.LowerLimit, ref last.Lower, last.Valid);
            BindNumber(first + 9, row.Values.UpperLimit, ref last.Upper, last.Valid);
            BindNumber(first + 10, row.Values.Population, ref last.Population, last.Valid);
            last.Valid = true;
        }

        /// <summary>Runs the statement and resets it; returns SQLite's result code.</summary>
        internal int Step()
        {
            var result = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            return result;
        }

        internal void Check(int result)
        {
            if (result != raw.SQLITE_OK && result != Done)
            {
                throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), result);
            }
        }

        public void Dispose() => _statement.Dispose();

        private void BindText(int index, string? text, ref string? last, bool valid)
        {
            if (valid && ReferenceEquals(text, last))
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

        private void BindNumber(int index, double? value, ref double? last, bool valid)
        {
            // Compared bit for bit: NaN never reaches here, and -0.0 must stay -0.0.
            if (valid && value.HasValue == last.HasValue && (!value.HasValue || BitConverter.DoubleToInt64Bits(value.Value) == BitConverter.DoubleToInt64Bits(last!.Value)))
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

        private struct Bound
        {
            internal bool Valid;
            internal long Indicator;
            internal long Area;
            internal string? Period;
            internal string? Dimension;
            internal string? Subgroup;
            internal string? Status;
            internal double? Value;
            internal double? Se;
            internal double? Lower;
            internal double? Upper;
            internal double? Population;
        }
    }
}
