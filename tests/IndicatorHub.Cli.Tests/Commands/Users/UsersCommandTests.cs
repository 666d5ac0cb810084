using Dapper;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Cli.Tests.Commands.Users;

/// <summary>`indicatorhub users`: the password comes from stdin (never an argument), the last admin stays, all of it audited.</summary>
public sealed class UsersCommandTests
{
    private const string Password = "a long enough secret";

    [Test]
    public void Add_reads_the_password_from_stdin_and_stores_only_a_hash_the_web_verifies()
    {
        using var cli = new CliRun();
        var result = cli.Run(["users", "add", "ada", "--role", "admin"], stdin: Password + "\n");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Out, Does.Contain("added ada (admin)"));

        var user = new UserAccounts(new SqliteConnectionFactory(cli.DatabasePath), TimeProvider.System).Find("ada")!;
        Assert.That(user.Role, Is.EqualTo(UserRole.Admin));
        Assert.That(user.PasswordHash, Does.Not.Contain(Password));
        Assert.That(new PasswordHasher<string>().VerifyHashedPassword(string.Empty, user.PasswordHash, Password), Is.Not.EqualTo(PasswordVerificationResult.Failed));
    }

    [Test]
    public void A_password_is_never_an_argument()
    {
        using var cli = new CliRun();
        var result = cli.Run(["users", "add", "ada", "--role", "admin", "--password", Password]);
        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(cli.Run(["users", "list"]).Out, Does.Not.Contain("ada"));
    }

    [Test]
    public void A_short_or_missing_password_changes_nothing()
    {
        using var cli = new CliRun();
        var result = cli.Run(["users", "add", "ada", "--role", "admin"], stdin: "short\n");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("at least 10 characters"));
        Assert.That(cli.Run(["users", "list"]).Out, Is.Empty);
    }

    [Test]
    public void List_set_role_remove_and_the_last_admin_rule()
    {
        using var cli = new CliRun();
        Assert.That(cli.Run(["users", "add", "ada", "--role", "admin"], stdin: Password).ExitCode, Is.EqualTo(0));
        Assert.That(cli.Run(["users", "add", "anna", "--role", "analyst"], stdin: Password).ExitCode, Is.EqualTo(0));
        Assert.That(cli.Run(["users", "add", "ANNA", "--role", "analyst"], stdin: Password).Error, Does.Contain("exists already"));
        Assert.That(cli.Run(["users", "list"]).Out, Is.EqualTo("ada\tadmin\t-\nanna\tanalyst\t-\n"));

        var demote = cli.Run(["users", "set-role", "ada", "--role", "analyst"]);
        Assert.That(demote.ExitCode, Is.EqualTo(1));
        Assert.That(demote.Error, Does.Contain("last admin"));
        Assert.That(cli.Run(["users", "remove", "ada"]).ExitCode, Is.EqualTo(1));

        Assert.That(cli.Run(["users", "set-role", "anna", "--role", "admin"]).ExitCode, Is.EqualTo(0));
        Assert.That(cli.Run(["users", "remove", "ada"]).ExitCode, Is.EqualTo(0));
        Assert.That(cli.Run(["users", "list"]).Out, Is.EqualTo("anna\tadmin\t-\n"));
        Assert.That(cli.Run(["users", "remove", "nobody"]).Error, Does.Contain("no user called 'nobody'"));
        Assert.That(cli.Run(["users", "add", "../etc", "--role", "admin"], stdin: Password).ExitCode, Is.EqualTo(1));

        using var connection = new SqliteConnection($"Data Source={cli.DatabasePath}");
        connection.Open();
        Assert.That(connection.Query<string>("SELECT action FROM audit_log ORDER BY id"),
            Is.EqualTo(new[] { "UserAdded", "UserAdded", "UserRoleChanged", "UserRemoved" }));
    }

    [Test]
    public void Reset_password_sets_a_new_hash_and_lifts_a_lockout()
    {
        using var cli = new CliRun();
        cli.Run(["users", "add", "anna", "--role", "analyst"], stdin: Password);
        var accounts = new UserAccounts(new SqliteConnectionFactory(cli.DatabasePath), TimeProvider.System);
        Assert.That(accounts.RecordFailedSignIn("anna", maxFailures: 1, TimeSpan.FromHours(1)), Is.True);
        Assert.That(accounts.Find("anna")!.LockedUntil, Is.Not.Null);

        Assert.That(cli.Run(["users", "reset-password", "anna"], stdin: "another long secret\n").ExitCode, Is.EqualTo(0));
        var user = accounts.Find("anna")!;
        Assert.That(user.LockedUntil, Is.Null);
        Assert.That(new PasswordHasher<string>().VerifyHashedPassword(string.Empty, user.PasswordHash, "another long secret"), Is.Not.EqualTo(PasswordVerificationResult.Failed));
    }
}
