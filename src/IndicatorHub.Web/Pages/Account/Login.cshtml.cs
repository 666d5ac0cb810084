using System.ComponentModel.DataAnnotations;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Pages.Account;

/// <summary>Why a sign-in failed; worded by the page.</summary>
public enum SignInProblem
{
    /// <summary>No problem.</summary>
    None,

    /// <summary>Name or password missing.</summary>
    Missing,

    /// <summary>Unknown name or wrong password (the page does not say which).</summary>
    Wrong,

    /// <summary>Locked after repeated failures.</summary>
    Locked,
}

/// <summary>/account/login: analysts and admins sign in; after repeated failures the account is locked for a while.</summary>
public sealed class LoginModel(UserAccounts accounts, IOptions<AuthOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>The sign-in name.</summary>
    [BindProperty]
    [StringLength(UserAccounts.MaxNameLength)]
    public string? Name { get; set; }

    /// <summary>The password.</summary>
    [BindProperty]
    [StringLength(1024)]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in (local URLs only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public SignInProblem Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrEmpty(Password) || !ModelState.IsValid)
        {
            Problem = SignInProblem.Missing;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var user = accounts.Find(Name.Trim());
        if (user?.LockedUntil is { } until && until > clock.GetUtcNow())
        {
            Problem = SignInProblem.Locked;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        if (user is null || !AccountPasswords.Verify(user.PasswordHash, Password))
        {
            var locked = user is not null
                && accounts.RecordFailedSignIn(user.Name, options.Value.MaxFailedSignIns, TimeSpan.FromMinutes(options.Value.LockoutMinutes));
            Problem = locked ? SignInProblem.Locked : SignInProblem.Wrong;
            Response.StatusCode = locked ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            return Page();
        }

        accounts.RecordSignIn(user.Name);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AuthRegistration.PrincipalFor(user)).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : user.Role == UserRole.Reader ? "/" : "/import");
    }
}
