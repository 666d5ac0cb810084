using IndicatorHub.Storage;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Presentation;

/// <summary>
/// The one database connection of a request, opened on first use and closed when the request ends, so a page
/// that runs several queries (a profile, a goal page) opens one connection, not one per query.
/// </summary>
public sealed class ReadConnection(IndicatorStore store) : IDisposable
{
    private SqliteConnection? _connection;

    /// <summary>The open connection; queries in IndicatorHub.Storage.Queries take it.</summary>
    public SqliteConnection Connection => _connection ??= store.Connections.Open();

    /// <inheritdoc />
    public void Dispose() => _connection?.Dispose();
}
