namespace IndicatorHub.Storage.Accounts;

/// <summary>What a signed-in user may do. Reading needs no account at all.</summary>
public enum UserRole
{
    /// <summary>Signed in, reads only (changes nothing).</summary>
    Reader,

    /// <summary>Imports, rolls back, edits metadata, mappings and networks.</summary>
    Analyst,

    /// <summary>Everything an analyst does, plus users and the audit log.</summary>
    Admin,
}

/// <summary>The stored and command-line names of <see cref="UserRole"/>.</summary>
public static class UserRoleNames
{
    /// <summary>"reader", "analyst" or "admin".</summary>
    public static string ToName(this UserRole role) => role switch
    {
        UserRole.Admin => "admin",
        UserRole.Analyst => "analyst",
        _ => "reader",
    };

    /// <summary>Parses a stored or typed role name, ignoring case.</summary>
    public static bool TryParse(string? name, out UserRole role)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "admin":
                role = UserRole.Admin;
                return true;
            case "analyst":
                role = UserRole.Analyst;
                return true;
            case "reader":
                role = UserRole.Reader;
                return true;
            default:
                role = UserRole.Reader;
                return false;
        }
    }
}
