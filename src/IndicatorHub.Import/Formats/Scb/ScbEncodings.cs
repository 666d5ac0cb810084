using System.Text;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>Makes the Windows code pages available before anything touches <see cref="Text.TextDecoding"/>.</summary>
/// <remarks>
/// TextDecoding initialises its Windows1252 property before its static constructor registers the code-pages
/// provider, so its type initialiser throws unless the provider is already registered. Registering here, from
/// each SCB parser's static constructor, keeps these parsers working until the shared class is fixed.
/// </remarks>
internal static class ScbEncodings
{
    /// <summary>Registers <see cref="CodePagesEncodingProvider"/>; repeated calls are harmless.</summary>
    public static void EnsureRegistered() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
