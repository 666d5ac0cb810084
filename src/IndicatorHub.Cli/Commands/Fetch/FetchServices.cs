using System.Reflection;
using IndicatorHub.Import.Fetch;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Cli.Commands.Fetch;

/// <summary>
/// The small service container a fetch command runs in: the fetchers' typed HttpClients and their options, read
/// from environment variables named like ASP.NET Core's (IndicatorHub__Fetch__Kolada__AttemptTimeout=00:00:10),
/// so the CLI and the web app share one set of keys.
/// </summary>
internal static class FetchServices
{
    internal const string EnvironmentPrefix = "IndicatorHub__";

    internal static ServiceProvider Build(CliContext context)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        AddFromEnvironment<KoladaFetchOptions>(KoladaFetchOptions.Section, context, values);
        AddFromEnvironment<PxWebFetchOptions>(PxWebFetchOptions.Section, context, values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddIndicatorHubFetchers(configuration).BuildServiceProvider();
    }

    /// <summary>Every settable option of <typeparamref name="T"/>, as its environment variable names it.</summary>
    internal static IEnumerable<string> EnvironmentNames<T>(string section) =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => EnvironmentPrefix + section.Replace(":", "__", StringComparison.Ordinal) + "__" + p.Name);

    private static void AddFromEnvironment<T>(string section, CliContext context, Dictionary<string, string?> values)
    {
        foreach (var name in EnvironmentNames<T>(section))
        {
            if (context.Environment(name) is { } value)
            {
                values[name[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal)] = value;
            }
        }
    }
}
