using Dapper;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Faults;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// Whether the database can serve the pages, for /health and for the 503 page. The app starts even on a file that
/// is no database (or is damaged, locked, unreadable): then every page answers 503 with a sentence, and the store
/// is tried again now and then so that a restored file is picked up without a restart. The health probe runs a
/// cheap query against each table the pages read, plus SQLite's quick_check, whose answer is kept for a short
/// while because it reads the whole file.
/// </summary>
internal sealed class StoreAvailability(IndicatorStore store, TimeProvider clock)
{
    /// <summary>The tables the pages read; each must answer a one-row query.</summary>
    internal static readonly IReadOnlyList<string> PageTables =
        ["schema_migrations", "areas", "area_aliases", "indicators", "observations", "import_batches", "import_errors", "sdg_mappings", "measure_cache"];

    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan QuickCheckKeptFor = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private StoreFaultException? _startupFault;
    private DateTimeOffset _lastTry;
    private (DateTimeOffset At, StoreFaultException? Fault)? _quickCheck;

    /// <summary>The fault that keeps the store from serving pages now, or null when it can.</summary>
    internal StoreFaultException? CurrentFault
    {
        get
        {
            lock (_gate)
            {
                if (_startupFault is not null && clock.GetUtcNow() - _lastTry >= RetryEvery)
                {
                    TryInitialize();
                }

                return _startupFault;
            }
        }
    }

    /// <summary>Migrates the store at start-up; a fault is kept (and logged by the caller) instead of ending the app.</summary>
    internal StoreFaultException? Initialize()
    {
        lock (_gate)
        {
            TryInitialize();
            return _startupFault;
        }
    }

    /// <summary>Null when every page table answers and quick_check (cached briefly) says ok; else the fault.</summary>
    internal StoreFaultException? Probe()
    {
        if (CurrentFault is { } startup)
        {
            return startup;
        }

        var path = store.Connections.DatabasePath;
        try
        {
            StoreFaults.CheckPath(path);
            using var connection = store.Connections.Open();
            foreach (var table in PageTables)
            {
                connection.ExecuteScalar<long?>($"SELECT 1 FROM {table} LIMIT 1");
            }

            lock (_gate)
            {
                var now = clock.GetUtcNow();
                if (_quickCheck is not { } kept || now - kept.At >= QuickCheckKeptFor)
                {
                    StoreFaultException? fault = null;
                    try
                    {
                        StoreFaults.QuickCheck(connection, path);
                    }
                    catch (StoreFaultException e)
                    {
                        fault = e;
                    }

                    _quickCheck = (now, fault);
                }

                return _quickCheck.Value.Fault;
            }
        }
        catch (StoreFaultException e)
        {
            return e;
        }
        catch (SqliteException e)
        {
            return StoreFaults.From(e, path) ?? new StoreFaultException(StoreFault.Damaged, path, e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new StoreFaultException(StoreFault.CannotOpen, path, e.Message, e);
        }
    }

    private void TryInitialize()
    {
        _lastTry = clock.GetUtcNow();
        var path = store.Connections.DatabasePath;
        try
        {
            StoreFaults.CheckPath(path);
            store.Initialize();
            _startupFault = null;
        }
        catch (StoreFaultException e)
        {
            _startupFault = e;
        }
        catch (SqliteException e)
        {
            _startupFault = StoreFaults.From(e, path) ?? new StoreFaultException(StoreFault.Damaged, path, e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            _startupFault = new StoreFaultException(StoreFault.CannotOpen, path, e.Message, e);
        }
    }
}
