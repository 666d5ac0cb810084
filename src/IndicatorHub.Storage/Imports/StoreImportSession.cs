using Dapper;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Batches;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Imports;

/// <summary>
/// One connection and its in-memory directories (areas, indicator ids, dimensions, the prepared upsert) shared by
/// the imports of many files in one process. Each file is still its own transaction and batch
/// (<see cref="BeginFile"/>); what the session saves is the per-file cost of opening a connection, setting its
/// pragmas, reading every area alias and indicator id, and preparing the statement again, which for an archive
/// of thousands of small files cost more than their rows.
/// </summary>
public sealed class StoreImportSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly HashSet<(long Bytes, string ParseKey)> _fingerprints;
    private readonly HashSet<string> _fingerprintHashes;
    private Caches? _caches;
    private ObservationUpsert? _upsert;
    private ImportWriter? _open;
    private readonly WalCheckpointer? _checkpointer;

    internal StoreImportSession(SqliteConnection connection, TimeProvider clock, SqliteConnection? checkpointConnection = null)
    {
        _connection = connection;
        _clock = clock;

        // Every indicator and area id a writer stores is read from, or inserted into, those tables inside the
        // same transaction, and the batch id is its own row: the three foreign keys of each observation hold by
        // construction. Checking them again costs three index probes per row, a fifth of a large import's time.
        // Other connections keep them on: the factory turns them on for every connection it opens.
        connection.Execute("PRAGMA foreign_keys = OFF");

        // Read now, on the writer's thread: MayHaveUnchangedBatch is asked from the thread preparing the next file.
        var fingerprints = connection.Query<(long Bytes, string ParseKey, string Sha256)>(
                "SELECT byte_count, parse_key, sha256 FROM import_batches WHERE status = 'stored' AND replayable = 1 AND byte_count IS NOT NULL AND parse_key IS NOT NULL")
            .ToList();
        _fingerprints = fingerprints.Select(f => (f.Bytes, f.ParseKey)).ToHashSet();
        _fingerprintHashes = fingerprints.Select(f => f.Sha256).ToHashSet(StringComparer.Ordinal);

        // Last, when nothing above can fail any more: the thread runs until Dispose. The factory sets the automatic
        // checkpoint again on every connection it hands out, this one too when it comes back from the pool.
        if (checkpointConnection is not null)
        {
            connection.Execute("PRAGMA wal_autocheckpoint = 0");
            _checkpointer = new WalCheckpointer(checkpointConnection);
        }
    }

    /// <summary>
    /// Begins importing one file as its own batch and transaction. Only one file may be open at a time; finish or
    /// dispose its writer before beginning the next.
    /// </summary>
    public ImportWriter BeginFile(ImportBatchStart start)
    {
        if (_open is not null)
        {
            throw new InvalidOperationException("The previous file's import is still open; finish or dispose its writer first.");
        }

        _caches ??= Caches.Load(_connection);
        _upsert ??= new ObservationUpsert(_connection);
        _open = new ImportWriter(this, _connection, _clock, start, _caches, _upsert);
        return _open;
    }

    /// <summary>
    /// True when some stored, replayable batch has this size and parse key, so hashing the file first may let
    /// <see cref="FindUnchangedBatch"/> spare its import. Answered from memory: a new archive pays nothing. Safe to
    /// ask from another thread while a file is written.
    /// </summary>
    /// <param name="sha256">The file's hash when known: files of one size are common in an archive (398 of Kolada's
    /// 2 958 share a size with another), and the hash tells most of them apart before anything waits for the store.</param>
    public bool MayHaveUnchangedBatch(long byteCount, string parseKey, string? sha256 = null)
    {
        lock (_fingerprints)
        {
            return _fingerprints.Contains((byteCount, parseKey)) && (sha256 is null || _fingerprintHashes.Contains(sha256));
        }
    }

    /// <summary>
    /// The stored batch whose file had this SHA-256, size and parse key, when importing the file again could not
    /// change anything: the newest such batch was stored without errors, wrote only observations and indicator
    /// metadata, and no later batch has written values of any indicator and dimension it wrote values of, nor
    /// metadata of any indicator it wrote metadata of. The rule is conservative: a later batch that touched other
    /// keys of the same indicator and dimension also makes the file import again, which then writes its values back.
    /// </summary>
    /// <returns>The batch, or null when the file must be imported.</returns>
    public ImportBatch? FindUnchangedBatch(string sha256, long byteCount, string parseKey)
    {
        var batchId = _connection.ExecuteScalar<long?>(
            """
            SELECT b.id FROM import_batches b
            WHERE b.sha256 = @Sha256 AND b.byte_count = @ByteCount AND b.parse_key = @ParseKey AND b.status = 'stored' AND b.rolled_back_at IS NULL AND b.replayable = 1
              AND NOT EXISTS (
                  SELECT 1 FROM import_batch_indicators mine
                  JOIN import_batch_indicators later
                    ON later.indicator_id = mine.indicator_id AND later.kind = mine.kind AND later.dimension = mine.dimension
                   AND later.batch_id > mine.batch_id
                  WHERE mine.batch_id = b.id)
            ORDER BY b.id DESC LIMIT 1
            """,
            new { Sha256 = sha256, ByteCount = byteCount, ParseKey = parseKey });
        return batchId is null ? null : BatchLookupQuery.Run(_connection, batchId.Value);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _open?.Dispose();
        _upsert?.Dispose();
        _connection.Dispose();
        _checkpointer?.Dispose();
    }

    /// <summary>The writer of <paramref name="writer"/>'s file has ended.</summary>
    internal void Closed(ImportWriter writer, bool committed, string? fingerprintParseKey, long? fingerprintBytes)
    {
        if (ReferenceEquals(_open, writer))
        {
            _open = null;
        }

        if (!committed)
        {
            // The rolled-back transaction may have created indicators, areas or dimensions that the directories
            // now hold; read them again before the next file rather than track each one.
            _caches = null;
        }
        else if (fingerprintParseKey is not null && fingerprintBytes is not null)
        {
            lock (_fingerprints)
            {
                _fingerprints.Add((fingerprintBytes.Value, fingerprintParseKey));
                _fingerprintHashes.Add(writer.Sha256);
            }
        }
    }

    /// <summary>What a writer resolves in memory instead of asking the database per row.</summary>
    internal sealed class Caches
    {
        private Caches(AreaDirectory areas, Dictionary<string, long> indicatorIds, HashSet<string> dimensions)
        {
            Areas = areas;
            IndicatorIds = indicatorIds;
            Dimensions = dimensions;
        }

        internal AreaDirectory Areas { get; }

        internal Dictionary<string, long> IndicatorIds { get; }

        internal HashSet<string> Dimensions { get; }

        internal static Caches Load(SqliteConnection connection) => new(
            AreaDirectoryQuery.Run(connection),
            connection.Query<(string Code, long Id)>("SELECT code, id FROM indicators").ToDictionary(r => r.Code, r => r.Id, StringComparer.Ordinal),
            connection.Query<string>("SELECT id FROM dimensions").ToHashSet(StringComparer.Ordinal));
    }
}
