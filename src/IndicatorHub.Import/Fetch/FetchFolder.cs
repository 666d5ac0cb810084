using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace IndicatorHub.Import.Fetch;

/// <summary>
/// The folder one fetch keeps its responses in: <c>&lt;root&gt;/&lt;UTC timestamp&gt;-&lt;random id&gt;/page-0001.json …</c>
/// and a <c>manifest.json</c> that lists each page's URL, request body and SHA-256. Every name is generated here;
/// nothing a server sends becomes part of a path.
/// </summary>
internal sealed class FetchFolder
{
    private readonly List<FetchedPage> _pages = [];

    private FetchFolder(string path) => Path = path;

    internal string Path { get; }

    internal IReadOnlyList<FetchedPage> Pages => _pages;

    internal static FetchFolder Create(string root, TimeProvider clock)
    {
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(root), $"{stamp}-{id}");
        Directory.CreateDirectory(path);
        return new FetchFolder(path);
    }

    internal FetchedPage Add(string method, string url, string? requestBody, byte[] body)
    {
        var number = _pages.Count + 1;
        var file = System.IO.Path.Combine(Path, string.Create(CultureInfo.InvariantCulture, $"page-{number:D4}.json"));
        File.WriteAllBytes(file, body);
        var page = new FetchedPage(number, file, method, url, requestBody, Convert.ToHexStringLower(SHA256.HashData(body)), body.LongLength);
        _pages.Add(page);
        return page;
    }

    /// <summary>Writes manifest.json; returns its path and SHA-256, which the batch records.</summary>
    internal (string Path, string Sha256) WriteManifest(string source, DateTimeOffset fetchedAt, IReadOnlyDictionary<string, string> settings)
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteString("fetched_at", fetchedAt.ToString("O", CultureInfo.InvariantCulture));
            foreach (var (key, value) in settings)
            {
                json.WriteString(key, value);
            }

            json.WriteStartArray("pages");
            foreach (var page in _pages)
            {
                json.WriteStartObject();
                json.WriteString("file", System.IO.Path.GetFileName(page.Path));
                json.WriteString("method", page.Method);
                json.WriteString("url", page.Url);
                if (page.RequestBody is not null)
                {
                    json.WriteString("body", page.RequestBody);
                }

                json.WriteString("sha256", page.Sha256);
                json.WriteNumber("bytes", page.Length);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var bytes = memory.ToArray();
        var path = System.IO.Path.Combine(Path, "manifest.json");
        File.WriteAllBytes(path, bytes);
        return (path, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    internal void Delete()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A page left behind by a failed fetch is litter, not data: nothing refers to it.
        }
    }
}
