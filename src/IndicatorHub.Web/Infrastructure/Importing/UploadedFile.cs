namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>
/// A file an analyst uploaded, kept under a generated name (<see cref="Id"/>): the name the browser sent is
/// only shown and recorded, never used as a path.
/// </summary>
/// <param name="Id">32 hex digits; the stored file is &lt;folder&gt;/&lt;Id&gt;.upload.</param>
/// <param name="OriginalName">The file name as the browser sent it (without any folder part).</param>
/// <param name="Sha256">Hex SHA-256 of the stored bytes.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="UploadedBy">The analyst.</param>
/// <param name="UploadedAt">When.</param>
public sealed record UploadedFile(string Id, string OriginalName, string Sha256, long Length, string UploadedBy, DateTimeOffset UploadedAt);
