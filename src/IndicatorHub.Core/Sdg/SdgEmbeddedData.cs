using System.Text;

namespace IndicatorHub.Core.Sdg;

/// <summary>
/// Opens the data/sdg files embedded in this assembly, so the CLI and the web app need no data path.
/// </summary>
internal static class SdgEmbeddedData
{
    /// <summary>Logical resource name prefix; the csproj sets LogicalName to this plus the file name.</summary>
    public const string Prefix = "IndicatorHub.Core.Sdg.Data.";

    /// <summary>Opens an embedded file as UTF-8 text.</summary>
    /// <exception cref="InvalidOperationException">The file was not embedded (a build configuration error).</exception>
    public static StreamReader OpenText(string fileName)
    {
        var stream = typeof(SdgEmbeddedData).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded SDG data file '{fileName}' is missing from {typeof(SdgEmbeddedData).Assembly.GetName().Name}.");
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }
}
