using System.Runtime.ExceptionServices;
using System.Text;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Pipeline;

/// <summary>
/// A file made ready for its import without touching the store's connection: its parser chosen, its size, its
/// SHA-256 when small and, when small and not possibly unchanged, its items already parsed
/// (<see cref="ImportSession.Prepare"/>). Preparing the next file on the other core while the current one is
/// written is what keeps the writer busy over an archive of thousands of small files.
/// </summary>
public sealed class PreparedImport : IDisposable
{
    internal PreparedImport(ImportRequest request, IFormatParser? parser, string reason, string? parseKey, long? byteCount, string? sha256, bool mayBeUnchanged, ParsedItemList? items)
    {
        Request = request;
        Parser = parser;
        Reason = reason;
        ParseKey = parseKey;
        ByteCount = byteCount;
        Sha256 = sha256;
        MayBeUnchanged = mayBeUnchanged;
        Items = items;
    }

    /// <summary>What was asked; its source is disposed with this.</summary>
    public ImportRequest Request { get; }

    internal IFormatParser? Parser { get; }

    internal string Reason { get; }

    internal string? ParseKey { get; }

    internal long? ByteCount { get; }

    internal string? Sha256 { get; }

    /// <summary>A stored batch had this size and parse key: the import looks for it by the hash before writing.</summary>
    internal bool MayBeUnchanged { get; }

    /// <summary>The file's items, parsed ahead; null when the import parses the file itself.</summary>
    internal ParsedItemList? Items { get; }

    /// <inheritdoc />
    public void Dispose() => Request.Source.Dispose();
}

/// <summary>A small file's parsed items, and what stopped the parser if something did, replayed once, in order.</summary>
internal sealed class ParsedItemList
{
    private readonly List<ParsedItem> _items = [];
    private ExceptionDispatchInfo? _stopped;

    /// <summary>Parses all of <paramref name="items"/>; an input error the parser throws is kept to be thrown on replay.</summary>
    internal static ParsedItemList Read(IEnumerable<ParsedItem> items)
    {
        var list = new ParsedItemList();
        try
        {
            list._items.AddRange(items);
        }
        catch (Exception e) when (e is ImportInputException or DecoderFallbackException)
        {
            list._stopped = ExceptionDispatchInfo.Capture(e);
        }

        return list;
    }

    /// <summary>The items, then the parser's input error, as the parser itself would have given them.</summary>
    internal IEnumerable<ParsedItem> Replay()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            // Let go of what was written, so a collection meanwhile does not keep (and promote) the whole file.
            var item = _items[i];
            _items[i] = null!;
            yield return item;
        }

        _stopped?.Throw();
    }
}
