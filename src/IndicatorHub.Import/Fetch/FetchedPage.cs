namespace IndicatorHub.Import.Fetch;

/// <summary>One response kept as a file: where it came from and what its bytes hash to.</summary>
/// <param name="Number">1-based order within the fetch.</param>
/// <param name="Path">The file, under the fetch's folder, named by the fetch (page-0001.json), never by the server.</param>
/// <param name="Method">GET or POST.</param>
/// <param name="Url">The URL asked.</param>
/// <param name="RequestBody">The POST body (a PxWeb selection), else null.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes.</param>
/// <param name="Length">The file's size in bytes.</param>
public sealed record FetchedPage(int Number, string Path, string Method, string Url, string? RequestBody, string Sha256, long Length);
