using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Pipeline;

/// <summary>Chooses the parser for a file: the one the user named, or the first that recognises the file's head.</summary>
public sealed class FormatDetector(IEnumerable<IFormatParser> parsers)
{
    private readonly IReadOnlyList<IFormatParser> _parsers = parsers.ToList();

    /// <summary>The formats this detector knows, in detection order.</summary>
    public IReadOnlyList<IFormatParser> Parsers => _parsers;

    /// <summary>The parser for <paramref name="format"/>, detecting when it is <see cref="ImportFormat.Auto"/>.</summary>
    /// <returns>Null when detection finds no format; <paramref name="reason"/> then says so.</returns>
    public IFormatParser? Choose(ImportSource source, ImportFormat format, ParseOptions options, out string reason)
    {
        reason = string.Empty;
        if (format != ImportFormat.Auto)
        {
            var named = _parsers.FirstOrDefault(p => p.Format == format);
            if (named is null)
            {
                reason = $"no importer for format {format.ToName()}";
            }

            return named;
        }

        var head = TextDecoding.ReadHead(source, options.Encoding);
        var found = _parsers.FirstOrDefault(p => p.Sniff(Path.GetFileName(source.Name), head));
        if (found is null)
        {
            reason = $"the format could not be recognised; name it when importing ({string.Join(", ", ImportFormatNames.Names.Skip(1))})";
        }

        return found;
    }
}
