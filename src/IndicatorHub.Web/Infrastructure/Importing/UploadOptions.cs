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
}
