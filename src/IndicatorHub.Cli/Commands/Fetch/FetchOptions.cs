using System.CommandLine;
using System.Globalization;
using IndicatorHub.Storage;

namespace IndicatorHub.Cli.Commands.Fetch;

/// <summary>Options and argument parsing shared by the fetch commands.</summary>
internal static class FetchOptions
{
    internal static Option<string?> BaseUrl() => new("--base-url") { Description = "Another API root than the configured one (a mirror, a test server)." };

    /// <summary>The folder the fetch keeps its pages in: fetched/ beside the database.</summary>
    internal static string FetchRoot(ParseResult result, Option<string?> database, CliContext context)
    {
        var path = Path.GetFullPath(StoreOptions.Resolve(result.GetValue(database), context.Environment));
        return Path.Combine(Path.GetDirectoryName(path)!, "fetched");
    }

    /// <summary>"N00923,U01405" given once or several times → the ids, trimmed, in order, without repeats.</summary>
    internal static IReadOnlyList<string> Ids(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>"2015-2024", "2019,2021" or a mix → the years.</summary>
    internal static bool TryYears(string? text, out IReadOnlyList<int> years)
    {
        var list = new List<int>();
        years = list;
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0 && int.TryParse(part[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(part[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var to) && from <= to && to - from < 200)
            {
                list.AddRange(Enumerable.Range(from, to - from + 1));
            }
            else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                list.Add(year);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    internal static bool TryUri(string? text, out Uri? uri)
    {
        uri = null;
        return text is null || (Uri.TryCreate(text, UriKind.Absolute, out uri) && uri.Scheme is "http" or "https");
    }
}
