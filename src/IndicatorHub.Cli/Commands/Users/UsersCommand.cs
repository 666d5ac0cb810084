using System.CommandLine;
using System.Globalization;
using System.Text;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace IndicatorHub.Cli.Commands.Users;

/// <summary>
/// `indicatorhub users add NAME --role admin|analyst|reader | list | remove NAME | set-role NAME --role R |
/// reset-password NAME`, all with [--db PATH]. A password is never an argument: it is prompted for without echo,
/// or read as the first line of stdin when stdin is not a terminal. Exit 0 on success, 1 when refused, 2 for usage.
/// </summary>
internal static class UsersCommand
{
    /// <summary>The shortest password accepted.</summary>
    internal const int MinPasswordLength = 10;

    /// <summary>The actor recorded in the audit log for changes made from the command line.</summary>
    internal static string Actor => $"cli:{Environment.UserName}";

    internal static Command Create(CliContext context)
    {
        var command = new Command("users", "Manage who may sign in to the web app (analysts and admins).");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Remove(context));
        command.Subcommands.Add(SetRole(context));
        command.Subcommands.Add(ResetPassword(context));
        return command;
    }

    private static Option<string> RoleOption(bool required) => new("--role")
    {
        Description = "admin, analyst or reader.",
        Required = required,
    };

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The sign-in name." };
        var role = RoleOption(required: true);
        var database = CommonOptions.Database();
        var command = new Command("add", "Add a user; the password is prompted for, or read from stdin when it is not a terminal.") { name, role, database };
        command.SetAction(result =>
        {
            if (!ParseRole(result.GetValue(role), context, out var parsed))
            {
                return 2;
            }

            var userName = result.GetValue(name)!;
            if (!UserAccounts.IsValidName(userName))
            {
                return Refuse(context, UserChangeResult.InvalidName, userName);
            }

            if (ReadPassword(context) is not { } password)
            {
                return 2;
            }

            var accounts = OpenAccounts(result, database, context);
            var outcome = accounts.Add(userName, parsed, Hash(password), Actor);
            if (outcome != UserChangeResult.Done)
            {
                return Refuse(context, outcome, userName);
            }

            context.Out.WriteLine($"added {userName} ({parsed.ToName()})");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var database = CommonOptions.Database();
        var command = new Command("list", "List users: name, role, locked until.") { database };
        command.SetAction(result =>
        {
            foreach (var user in OpenAccounts(result, database, context).List())
            {
                var locked = user.LockedUntil is { } until ? until.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";
                context.Out.WriteLine($"{user.Name}\t{user.Role.ToName()}\t{locked}");
            }

            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The user to remove." };
        var database = CommonOptions.Database();
        var command = new Command("remove", "Remove a user (never the last admin).") { name, database };
        command.SetAction(result =>
        {
            var userName = result.GetValue(name)!;
            var outcome = OpenAccounts(result, database, context).Remove(userName, Actor);
            if (outcome != UserChangeResult.Done)
            {
                return Refuse(context, outcome, userName);
            }

            context.Out.WriteLine($"removed {userName}");
            return 0;
        });
        return command;
    }

    private static Command SetRole(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The user." };
        var role = RoleOption(required: true);
        var database = CommonOptions.Database();
        var command = new Command("set-role", "Change a user's role (the last admin stays admin).") { name, role, database };
        command.SetAction(result =>
        {
            if (!ParseRole(result.GetValue(role), context, out var parsed))
            {
                return 2;
            }

            var userName = result.GetValue(name)!;
            var outcome = OpenAccounts(result, database, context).SetRole(userName, parsed, Actor);
            if (outcome != UserChangeResult.Done)
            {
                return Refuse(context, outcome, userName);
            }

            context.Out.WriteLine($"{userName} is now {parsed.ToName()}");
            return 0;
        });
        return command;
    }

    private static Command ResetPassword(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The user." };
        var database = CommonOptions.Database();
        var command = new Command("reset-password", "Set a new password (prompted, or from stdin) and lift a lockout.") { name, database };
        command.SetAction(result =>
        {
            var userName = result.GetValue(name)!;
            if (ReadPassword(context) is not { } password)
            {
                return 2;
            }

            var outcome = OpenAccounts(result, database, context).ResetPassword(userName, Hash(password), Actor);
            if (outcome != UserChangeResult.Done)
            {
                return Refuse(context, outcome, userName);
            }

            context.Out.WriteLine($"password of {userName} reset");
            return 0;
        });
        return command;
    }

    /// <summary>Hashes as the web app's sign-in verifies (ASP.NET Core Identity's PasswordHasher, v3 format).</summary>
    internal static string Hash(string password) => new PasswordHasher<string>().HashPassword(string.Empty, password);

    private static UserAccounts OpenAccounts(ParseResult result, Option<string?> database, CliContext context)
    {
        var store = CommonOptions.OpenStore(result, database, context, forWriting: true);
        return new UserAccounts(store.Connections, TimeProvider.System);
    }

    private static bool ParseRole(string? text, CliContext context, out UserRole role)
    {
        if (UserRoleNames.TryParse(text, out role))
        {
            return true;
        }

        context.Error.WriteLine($"indicatorhub users: --role must be admin, analyst or reader, not '{text}'");
        return false;
    }

    private static string? ReadPassword(CliContext context)
    {
        string? password;
        if (context.InputIsTerminal)
        {
            password = Prompt(context, "Password: ");
            if (password is not null && Prompt(context, "Again: ") != password)
            {
                context.Error.WriteLine("indicatorhub users: the passwords differ; nothing changed");
                return null;
            }
        }
        else
        {
            using var reader = new StreamReader(context.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1024, leaveOpen: true);
            password = reader.ReadLine();
        }

        if (password is null || password.Length < MinPasswordLength)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"indicatorhub users: the password must have at least {MinPasswordLength} characters (give it on the prompt or as the first line of stdin); nothing changed"));
            return null;
        }

        return password;
    }

    private static string? Prompt(CliContext context, string label)
    {
        context.Error.Write(label);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    context.Error.WriteLine();
                    return typed.ToString();
                case ConsoleKey.Backspace when typed.Length > 0:
                    typed.Length--;
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        typed.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }

    private static int Refuse(CliContext context, UserChangeResult outcome, string name)
    {
        context.Error.WriteLine("indicatorhub users: " + outcome switch
        {
            UserChangeResult.NotFound => $"no user called '{name}'",
            UserChangeResult.NameTaken => $"a user called '{name}' exists already",
            UserChangeResult.InvalidName => $"'{name}' is not a valid name: 1–{UserAccounts.MaxNameLength} letters, digits, '.', '-', '_' or '@'",
            UserChangeResult.LastAdmin => $"'{name}' is the last admin; add another admin first",
            _ => outcome.ToString(),
        } + "; nothing changed");
        return 1;
    }
}
