namespace IndicatorHub.Import.Formats.Px;

/// <summary>A position in the decoded PX text that keeps its 1-based line and column for error messages.</summary>
internal sealed class PxTextCursor(string text)
{
    private int lineStart;

    /// <summary>The whole decoded file.</summary>
    public string Text { get; } = text;

    /// <summary>Index of the next character.</summary>
    public int Index { get; private set; }

    /// <summary>1-based line of the next character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>1-based column of the next character.</summary>
    public int Column => Index - lineStart + 1;

    /// <summary>Whether the whole text has been read.</summary>
    public bool AtEnd => Index >= Text.Length;

    /// <summary>The next character, or '\0' at the end.</summary>
    public char Peek => Index < Text.Length ? Text[Index] : '\0';

    /// <summary>A cursor at the same place that moves independently (for a counting pass over DATA).</summary>
    public PxTextCursor Clone() => new(Text) { Index = Index, Line = Line, lineStart = lineStart };

    /// <summary>Moves past one character.</summary>
    public void Advance()
    {
        if (Index >= Text.Length)
        {
            return;
        }

        if (Text[Index] == '\n')
        {
            Line++;
            lineStart = Index + 1;
        }

        Index++;
    }

    /// <summary>Moves past spaces, tabs and line ends.</summary>
    public void SkipWhiteSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek))
        {
            Advance();
        }
    }
}
