using IndicatorHub.Storage.Accounts;
using IndicatorHub.Storage.Writing;
using IndicatorHub.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Admin;

/// <summary>What the users page just did or why it refused; worded by the page.</summary>
public enum UserPageOutcome
{
    /// <summary>Nothing asked.</summary>
    None,

    /// <summary>The change was made.</summary>
    Done,

    /// <summary>The storage refused it; see <see cref="UsersModel.Refusal"/>.</summary>
    Refused,

    /// <summary>The password is shorter than <see cref="UsersModel.MinPasswordLength"/> or longer than 1024 characters.</summary>
    BadPassword,

    /// <summary>The role is not reader, analyst or admin.</summary>
    BadRole,
}

/// <summary>
/// /admin/users (admins): every user with role and lockout; add, change role, reset password, remove. Each change
/// is audited by <see cref="UserAccounts"/> in its own transaction, taken in the database's writer turn; the last
/// admin can be neither removed nor demoted (<see cref="UserChangeResult.LastAdmin"/>).
/// </summary>
public sealed class UsersModel(UserAccounts accounts, WriterGate gate, TimeProvider clock) : PageModel
{
    /// <summary>Shortest password the page accepts.</summary>
    public const int MinPasswordLength = 10;

    private const int MaxPasswordLength = 1024;

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    /// <summary>The outcome of the change just asked for.</summary>
    public UserPageOutcome Outcome { get; private set; }

    /// <summary>The storage's reason when <see cref="Outcome"/> is <see cref="UserPageOutcome.Refused"/>.</summary>
    public UserChangeResult Refusal { get; private set; }

    /// <summary>Which change (add, role, password, remove) and for whom, for the message.</summary>
    public string? Change { get; private set; }

    /// <summary>The user the change concerned.</summary>
    public string? Target { get; private set; }

    /// <summary>Now, for "locked until".</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public void OnGet() => Users = accounts.List();

    public Task<IActionResult> OnPostAddAsync(string? name, string? role, string? password, CancellationToken cancellation) =>
        ChangeAsync("add", name, () =>
            !UserRoleNames.TryParse(role, out var parsed) ? UserPageOutcome.BadRole
            : !IsAcceptable(password) ? UserPageOutcome.BadPassword
            : Apply(accounts.Add(name?.Trim() ?? string.Empty, parsed, AccountPasswords.Hash(password!), Actor)), cancellation);

    public Task<IActionResult> OnPostRoleAsync(string? name, string? role, CancellationToken cancellation) =>
        ChangeAsync("role", name, () =>
            !UserRoleNames.TryParse(role, out var parsed) ? UserPageOutcome.BadRole : Apply(accounts.SetRole(name ?? string.Empty, parsed, Actor)), cancellation);

    public Task<IActionResult> OnPostPasswordAsync(string? name, string? password, CancellationToken cancellation) =>
        ChangeAsync("password", name, () =>
            !IsAcceptable(password) ? UserPageOutcome.BadPassword : Apply(accounts.ResetPassword(name ?? string.Empty, AccountPasswords.Hash(password!), Actor)), cancellation);

    public Task<IActionResult> OnPostRemoveAsync(string? name, CancellationToken cancellation) =>
        ChangeAsync("remove", name, () => Apply(accounts.Remove(name ?? string.Empty, Actor)), cancellation);

    private string Actor => User.Identity!.Name!;

    private static bool IsAcceptable(string? password) => password is { Length: >= MinPasswordLength and <= MaxPasswordLength };

    private UserPageOutcome Apply(UserChangeResult result)
    {
        Refusal = result;
        return result == UserChangeResult.Done ? UserPageOutcome.Done : UserPageOutcome.Refused;
    }

    private async Task<IActionResult> ChangeAsync(string change, string? name, Func<UserPageOutcome> run, CancellationToken cancellation)
    {
        Change = change;
        Target = name;
        using (await gate.EnterAsync(cancellation: cancellation).ConfigureAwait(false))
        {
            Outcome = run();
        }

        Response.StatusCode = (Outcome, Refusal) switch
        {
            (UserPageOutcome.Done, _) => StatusCodes.Status200OK,
            (UserPageOutcome.Refused, UserChangeResult.NotFound) => StatusCodes.Status404NotFound,
            (UserPageOutcome.Refused, UserChangeResult.NameTaken or UserChangeResult.LastAdmin) => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        Users = accounts.List();
        return Page();
    }
}
