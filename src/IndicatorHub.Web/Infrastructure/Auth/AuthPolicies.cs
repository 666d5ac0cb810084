namespace IndicatorHub.Web.Infrastructure.Auth;

/// <summary>The authorization policies and the role names in the sign-in cookie.</summary>
public static class AuthPolicies
{
    /// <summary>Analysts and admins: import, roll back, metadata, mappings.</summary>
    public const string Analyst = "analyst";

    /// <summary>Admins only: users and the audit log.</summary>
    public const string Admin = "admin";
}
