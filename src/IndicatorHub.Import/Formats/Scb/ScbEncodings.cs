using System.Runtime.CompilerServices;
using System.Text;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>Makes the Windows code pages available before anything touches <see cref="Text.TextDecoding"/>.</summary>
/// <remarks>
/// TextDecoding initialises its Windows1252 property before its static constructor body registers the
/// code-pages provider, so its type initialiser throws ("No data is available for encoding 1252") unless the
/// provider is already registered, and a failed type initialiser stays failed for the whole process. Registering
/// when the assembly loads fixes that for every importer until the shared class is corrected; registering the
/// same provider again, as TextDecoding then does, is harmless.
/// </remarks>
internal static class ScbEncodings
{
    /// <summary>Registers <see cref="CodePagesEncodingProvider"/> as the Import assembly loads.</summary>
#pragma warning disable CA2255 // a library module initializer is the only hook that runs before any TextDecoding use
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void EnsureRegistered() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
