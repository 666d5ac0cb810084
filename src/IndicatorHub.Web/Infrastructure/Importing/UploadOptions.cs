namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>Web upload settings, configuration section "IndicatorHub:Upload".</summary>
public sealed class UploadOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "IndicatorHub:Upload";

    /// <summary>The largest upload accepted, in bytes (all files of one form together); default 200 MB.</summary>
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Folder where uploaded files are kept; empty means "uploads" beside the database.</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>Rows shown in the preview table.</summary>
    public int PreviewRows { get; set; } = 10;

    /// <summary>
    /// How long an uploaded file is kept after its import ended (for the rejected rows' download), in minutes;
    /// then it is deleted. The batch keeps the file's name and SHA-256.
    /// </summary>
    public int KeepAfterImportMinutes { get; set; } = 60;

    /// <summary>How long an uploaded file that was never imported is kept, in hours; then it counts as abandoned and is deleted.</summary>
    public int AbandonedAfterHours { get; set; } = 24;

    /// <summary>How often the upload folder is swept, in minutes.</summary>
    public int SweepMinutes { get; set; } = 10;
}
