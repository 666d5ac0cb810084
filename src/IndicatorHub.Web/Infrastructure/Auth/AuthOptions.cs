namespace IndicatorHub.Web.Infrastructure.Auth;

/// <summary>Sign-in settings, configuration section "IndicatorHub:Auth".</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "IndicatorHub:Auth";

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a sign-in lasts without activity, in minutes (sliding).</summary>
    public int SessionMinutes { get; set; } = 480;
}
