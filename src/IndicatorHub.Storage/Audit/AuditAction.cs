namespace IndicatorHub.Storage.Audit;

/// <summary>What an audit entry records; stored by name (snake case) so the log stays readable in SQL.</summary>
public enum AuditAction
{
    /// <summary>A user signed in.</summary>
    SignedIn,

    /// <summary>A user was locked out after repeated failed sign-ins.</summary>
    UserLockedOut,

    /// <summary>A user was added.</summary>
    UserAdded,

    /// <summary>A user was removed.</summary>
    UserRemoved,

    /// <summary>A user's role changed.</summary>
    UserRoleChanged,

    /// <summary>A user's password was reset.</summary>
    PasswordReset,

    /// <summary>A file was uploaded (not yet imported).</summary>
    FileUploaded,

    /// <summary>A batch was imported.</summary>
    BatchImported,

    /// <summary>A batch was rolled back.</summary>
    BatchRolledBack,

    /// <summary>A column mapping was saved by name.</summary>
    MappingSaved,

    /// <summary>An indicator's metadata was edited.</summary>
    IndicatorEdited,

    /// <summary>A network of municipalities was created.</summary>
    NetworkCreated,

    /// <summary>A network was renamed.</summary>
    NetworkRenamed,

    /// <summary>A member was added to a network.</summary>
    NetworkMemberAdded,

    /// <summary>A member was removed from a network.</summary>
    NetworkMemberRemoved,

    /// <summary>A network was deleted.</summary>
    NetworkDeleted,

    /// <summary>An SDG keyword suggestion was accepted as a mapping.</summary>
    SdgSuggestionAccepted,

    /// <summary>A Kolada or PxWeb fetch was started from the web.</summary>
    FetchStarted,
}
