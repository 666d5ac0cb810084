namespace IndicatorHub.Import.Formats.Px;

/// <summary>
/// Reads the cells after <c>DATA=</c> one at a time: numbers or quoted/unquoted data symbols separated by
/// white space (some writers also use commas), up to the closing semicolon.
/// </summary>
internal sealed class PxDataReader(PxTextCursor cursor)
{
    /// <summary>True once the closing ';' has been read.</summary>
    public bool Terminated { get; private set; }

    /// <summary>Where a quoted cell opens that does not close on its line, once met; reading stops there.</summary>
    public Parsing.SourcePosition? UnclosedQuote { get; private set; }

    /// <summary>Line where reading stopped: the ';' or the end of the file.</summary>
    public int EndLine => cursor.Line;

    /// <summary>Reads the next cell; false at the ';' or the end of the file.</summary>
    public bool TryRead(out PxDataToken token)
    {
        token = default;
        while (!cursor.AtEnd && (char.IsWhiteSpace(cursor.Peek) || cursor.Peek == ','))
        {
            cursor.Advance();
        }

        if (cursor.AtEnd)
        {
            return false;
        }

        var line = cursor.Line;
        var column = cursor.Column;
        if (cursor.Peek == ';')
        {
            Terminated = true;
            cursor.Advance();
            return false;
        }

        if (cursor.Peek == '"')
        {
            var text = PxHeaderReader.ReadString(cursor);
            if (text is null)
            {
                UnclosedQuote = new Parsing.SourcePosition(line, column, "DATA");
                return false;
            }

            token = new PxDataToken(text, line, column);
            return true;
        }

        var begin = cursor.Index;
        while (!cursor.AtEnd && !char.IsWhiteSpace(cursor.Peek) && cursor.Peek is not (',' or ';' or '"'))
        {
            cursor.Advance();
        }

        token = new PxDataToken(cursor.Text[begin..cursor.Index], line, column);
        return true;
    }
}
