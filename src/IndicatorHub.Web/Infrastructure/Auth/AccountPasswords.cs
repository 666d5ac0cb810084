using Microsoft.AspNetCore.Identity;

namespace IndicatorHub.Web.Infrastructure.Auth;

/// <summary>ASP.NET Core Identity's PasswordHasher (PBKDF2, v3 format), the same the CLI hashes with.</summary>
public static class AccountPasswords
{
    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>A hash of <paramref name="password"/> to store.</summary>
    public static string Hash(string password) => Hasher.HashPassword(string.Empty, password);

    /// <summary>True when <paramref name="password"/> matches <paramref name="hash"/>.</summary>
    public static bool Verify(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(string.Empty, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
