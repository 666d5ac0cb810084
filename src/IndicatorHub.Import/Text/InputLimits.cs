namespace IndicatorHub.Import.Text;

/// <summary>
/// The bounds that keep any input, however hostile, within a fixed amount of memory, time and error text. Real
/// statistics files stay far below each of them.
/// </summary>
public static class InputLimits
{
    /// <summary>The longest line (record) a delimited or PX file may have, in characters.</summary>
    public const int MaxLineChars = 1 << 20;

    /// <summary>The longest single field of a delimited file, in characters.</summary>
    public const int MaxFieldChars = 1 << 16;

    /// <summary>The longest id (indicator, area code, dimension, subgroup).</summary>
    public const int MaxKeyChars = 200;

    /// <summary>The largest file of a format that is read whole (JSON, PX), in bytes.</summary>
    public const long MaxWholeFileBytes = 64L << 20;

    /// <summary>The longest excerpt of a cell quoted in an error message.</summary>
    public const int ExcerptChars = 40;

    /// <summary>The longest reason or field name kept for one error.</summary>
    public const int MaxReasonChars = 600;

    /// <summary>
    /// A short, printable excerpt of <paramref name="text"/> for an error message: at most
    /// <see cref="ExcerptChars"/> characters, control characters shown as \u escapes, and the length when cut.
    /// </summary>
    public static string Excerpt(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in text[..Math.Min(text.Length, ExcerptChars)])
        {
            if (char.IsControl(c) || c == '\uFEFF' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        if (text.Length > ExcerptChars)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)");
        }

        return builder.ToString();
    }

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Bound(string text, int max = MaxReasonChars) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
