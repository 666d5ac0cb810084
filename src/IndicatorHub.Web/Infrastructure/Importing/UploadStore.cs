using System.Security.Cryptography;
using System.Text.Json;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Audit;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>
/// Keeps uploaded files under generated names with a JSON sidecar (original name, SHA-256, who, when), so a
/// preview, a dry run and the import that follows all read the same bytes, and a reload or a restart finds them.
/// </summary>
public sealed class UploadStore
{
    private readonly IndicatorStore _store;
    private readonly TimeProvider _clock;

    /// <summary>Creates the store over the configured folder (default: uploads/ beside the database).</summary>
    public UploadStore(IOptions<UploadOptions> options, IndicatorStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
        var configured = options.Value.Folder;
        Folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Connections.DatabasePath)) ?? ".", "uploads")
            : Path.GetFullPath(configured);
    }

    /// <summary>The folder holding the files.</summary>
    public string Folder { get; }

    /// <summary>Saves an upload, hashing while it copies, and records it in the audit log.</summary>
    public async Task<UploadedFile> SaveAsync(Stream content, string browserName, string user, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Folder);
        var id = Guid.NewGuid().ToString("N");
        var path = PathOf(id);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellation).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellation).ConfigureAwait(false);
                length += read;
            }
        }

        // Only the last segment of what the browser sent, and only for display.
        var shown = Path.GetFileName(browserName.Replace('\\', '/'));
        var file = new UploadedFile(id, string.IsNullOrWhiteSpace(shown) ? "upload" : shown, Convert.ToHexStringLower(hash.GetHashAndReset()), length, user, _clock.GetUtcNow());
        await File.WriteAllTextAsync(SidecarOf(id), JsonSerializer.Serialize(file), cancellation).ConfigureAwait(false);
        AuditLog.Write(_store.Connections, _clock, user, AuditAction.FileUploaded, null, $"{file.OriginalName} sha256 {file.Sha256} as {id}");
        return file;
    }

    /// <summary>The upload with this id, or null for an unknown or malformed id.</summary>
    public UploadedFile? Find(string? id)
    {
        if (!IsId(id) || !File.Exists(SidecarOf(id!)))
        {
            return null;
        }

        return JsonSerializer.Deserialize<UploadedFile>(File.ReadAllText(SidecarOf(id!)));
    }

    /// <summary>The ids of every upload the folder holds.</summary>
    public IReadOnlyList<string> Ids() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(IsId).Select(id => id!).ToList()
            : [];

    /// <summary>Deletes an upload's file and its sidecar.</summary>
    public void Delete(string id)
    {
        if (!IsId(id))
        {
            return;
        }

        File.Delete(PathOf(id));
        File.Delete(SidecarOf(id));
    }

    /// <summary>The stored file's path.</summary>
    public string PathOf(UploadedFile file) => PathOf(file.Id);

    /// <summary>True for 32 lower-case hex digits, the only shape of id this store makes.</summary>
    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private string PathOf(string id) => Path.Combine(Folder, id + ".upload");

    private string SidecarOf(string id) => Path.Combine(Folder, id + ".json");
}
