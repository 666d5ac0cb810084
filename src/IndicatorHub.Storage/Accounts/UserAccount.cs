namespace IndicatorHub.Storage.Accounts;

/// <summary>A user as stored: the hash is whatever the front end's password hasher produced.</summary>
/// <param name="Id">Database id.</param>
/// <param name="Name">Sign-in name (unique, case-insensitive).</param>
/// <param name="Role">What the user may do.</param>
/// <param name="PasswordHash">The hasher's output; never the password.</param>
/// <param name="FailedAttempts">Failed sign-ins since the last success.</param>
/// <param name="LockedUntil">Sign-in refused until then, when set.</param>
/// <param name="CreatedAt">When the user was added.</param>
public sealed record UserAccount(long Id, string Name, UserRole Role, string PasswordHash, int FailedAttempts, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

/// <summary>Why a change to the users was refused.</summary>
public enum UserChangeResult
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>No user has that name.</summary>
    NotFound,

    /// <summary>A user with that name exists already.</summary>
    NameTaken,

    /// <summary>The name is empty, too long or has characters other than letters, digits, '.', '-', '_' and '@'.</summary>
    InvalidName,

    /// <summary>The change would leave the database without an admin.</summary>
    LastAdmin,
}
