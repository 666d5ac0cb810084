using System.Globalization;
using Dapper;
using IndicatorHub.Storage.Audit;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Accounts;

/// <summary>
/// The users of a database and their sign-in state. Every change is written with its audit entry in one
/// transaction. Passwords arrive hashed: hashing belongs to the front ends (ASP.NET Core's PasswordHasher).
/// </summary>
public sealed class UserAccounts(SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>The longest accepted user name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>True for a name of 1–64 letters, digits, '.', '-', '_' or '@'.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxNameLength
        && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@');

    /// <summary>The user called <paramref name="name"/>, or null.</summary>
    public UserAccount? Find(string name)
    {
        using var connection = connections.Open();
        return Find(connection, null, name);
    }

    /// <summary>Every user, by name.</summary>
    public IReadOnlyList<UserAccount> List()
    {
        using var connection = connections.Open();
        return connection.Query<UserRow>(SelectUsers + " ORDER BY name").Select(r => r.ToAccount()).ToList();
    }

    /// <summary>Adds a user.</summary>
    public UserChangeResult Add(string name, UserRole role, string passwordHash, string actor)
    {
        if (!IsValidName(name))
        {
            return UserChangeResult.InvalidName;
        }

        return Change(actor, AuditAction.UserAdded, name, role.ToName(), (connection, transaction) =>
        {
            if (Find(connection, transaction, name) is not null)
            {
                return UserChangeResult.NameTaken;
            }

            connection.Execute(
                "INSERT INTO users (name, role, password_hash, created_at) VALUES (@Name, @Role, @Hash, @At)",
                new { Name = name, Role = role.ToName(), Hash = passwordHash, At = Now() },
                transaction);
            return UserChangeResult.Done;
        });
    }

    /// <summary>Removes a user; the last admin cannot be removed.</summary>
    public UserChangeResult Remove(string name, string actor) =>
        Change(actor, AuditAction.UserRemoved, name, null, (connection, transaction) =>
        {
            var user = Find(connection, transaction, name);
            if (user is null)
            {
                return UserChangeResult.NotFound;
            }

            if (user.Role == UserRole.Admin && AdminCount(connection, transaction) == 1)
            {
                return UserChangeResult.LastAdmin;
            }

            connection.Execute("DELETE FROM users WHERE id = @Id", new { user.Id }, transaction);
            return UserChangeResult.Done;
        });

    /// <summary>Changes a user's role; the last admin keeps theirs.</summary>
    public UserChangeResult SetRole(string name, UserRole role, string actor) =>
        Change(actor, AuditAction.UserRoleChanged, name, role.ToName(), (connection, transaction) =>
        {
            var user = Find(connection, transaction, name);
            if (user is null)
            {
                return UserChangeResult.NotFound;
            }

            if (user.Role == UserRole.Admin && role != UserRole.Admin && AdminCount(connection, transaction) == 1)
            {
                return UserChangeResult.LastAdmin;
            }

            connection.Execute("UPDATE users SET role = @Role WHERE id = @Id", new { Role = role.ToName(), user.Id }, transaction);
            return UserChangeResult.Done;
        });

    /// <summary>Sets a new password hash and lifts any lockout.</summary>
    public UserChangeResult ResetPassword(string name, string passwordHash, string actor) =>
        Change(actor, AuditAction.PasswordReset, name, null, (connection, transaction) =>
            connection.Execute(
                "UPDATE users SET password_hash = @Hash, failed_attempts = 0, locked_until = NULL WHERE name = @Name",
                new { Hash = passwordHash, Name = name },
                transaction) == 0
                ? UserChangeResult.NotFound
                : UserChangeResult.Done);

    /// <summary>
    /// Counts a failed sign-in; at <paramref name="maxFailures"/> in a row the user is locked out for
    /// <paramref name="lockout"/>. Returns whether the user is now locked.
    /// </summary>
    public bool RecordFailedSignIn(string name, int maxFailures, TimeSpan lockout)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        var failures = connection.ExecuteScalar<int?>(
            "UPDATE users SET failed_attempts = failed_attempts + 1 WHERE name = @Name RETURNING failed_attempts", new { Name = name }, transaction);
        var locked = failures >= maxFailures;
        if (locked)
        {
            connection.Execute(
                "UPDATE users SET failed_attempts = 0, locked_until = @Until WHERE name = @Name",
                new { Name = name, Until = Format(clock.GetUtcNow() + lockout) },
                transaction);
            AuditLog.Write(connection, transaction, clock, name, AuditAction.UserLockedOut, null, null);
        }

        transaction.Commit();
        return locked;
    }

    /// <summary>Clears the failure count after a successful sign-in and records it.</summary>
    public void RecordSignIn(string name)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE name = @Name", new { Name = name }, transaction);
        AuditLog.Write(connection, transaction, clock, name, AuditAction.SignedIn, null, null);
        transaction.Commit();
    }

    private UserChangeResult Change(string actor, AuditAction action, string name, string? detail, Func<SqliteConnection, SqliteTransaction, UserChangeResult> change)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        var result = change(connection, transaction);
        if (result != UserChangeResult.Done)
        {
            return result;
        }

        AuditLog.Write(connection, transaction, clock, actor, action, null, detail is null ? name : $"{name} {detail}");
        transaction.Commit();
        return result;
    }

    private static int AdminCount(SqliteConnection connection, SqliteTransaction transaction) =>
        connection.ExecuteScalar<int>("SELECT COUNT(*) FROM users WHERE role = 'admin'", transaction: transaction);

    private static UserAccount? Find(SqliteConnection connection, SqliteTransaction? transaction, string name) =>
        connection.QuerySingleOrDefault<UserRow>(SelectUsers + " WHERE name = @Name", new { Name = name }, transaction)?.ToAccount();

    private string Now() => Format(clock.GetUtcNow());

    private static string Format(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private const string SelectUsers =
        "SELECT id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash, failed_attempts AS FailedAttempts, locked_until AS LockedUntil, created_at AS CreatedAt FROM users";

    private sealed record UserRow(long Id, string Name, string Role, string PasswordHash, long FailedAttempts, string? LockedUntil, string CreatedAt)
    {
        public UserAccount ToAccount()
        {
            _ = UserRoleNames.TryParse(Role, out var role);
            return new UserAccount(Id, Name, role, PasswordHash, (int)FailedAttempts,
                LockedUntil is null ? null : DateTimeOffset.Parse(LockedUntil, CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture));
        }
    }
}
