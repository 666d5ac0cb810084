using System.Globalization;

namespace IndicatorHub.Import.Text;

/// <summary>
/// Reads a value cell as statistical offices write it: "12.5", "12,5" (decimal comma after Excel), "1 234,5"
/// (thousands with spaces), or a missing-value symbol (.., ..., ., -, *, :, NA, empty) that is kept as a status.
/// </summary>
public static class NumberCell
{
    /// <summary>Symbols that mean "no value" and are stored as the observation's status.</summary>
    public static readonly IReadOnlySet<string> MissingSymbols = new HashSet<string>(StringComparer.Ordinal)
    {
        "..", "...", "....", ".", "-", "–", "*", ":", "NA", "N/A", "NaN", "x", "X",
    };

    /// <summary>The outcome of reading one cell.</summary>
    /// <param name="Ok">False when the cell is neither a number nor a missing-value symbol.</param>
    /// <param name="Value">The number, or null when missing.</param>
    /// <param name="Status">The missing-value symbol, or null.</param>
    public readonly record struct Result(bool Ok, double? Value, string? Status);

    /// <summary>
    /// Parses <paramref name="cell"/>. <paramref name="decimalComma"/> says the file uses a decimal comma
    /// (then a comma is never a thousands separator); when false a lone comma is still read as decimal if the
    /// cell has no point, which is what a Swedish Excel round trip produces.
    /// </summary>
    public static Result Parse(ReadOnlySpan<char> cell, bool decimalComma = false)
    {
        cell = cell.Trim();
        if (cell.IsEmpty)
        {
            return new Result(true, null, null);
        }

        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return new Result(true, value, null);
        }

        var symbol = cell.ToString();
        if (MissingSymbols.Contains(symbol))
        {
            return new Result(true, null, symbol);
        }

        // Remove thousands separators that Swedish formatting inserts (space, no-break space, narrow no-break space).
        Span<char> buffer = stackalloc char[Math.Min(cell.Length, 256)];
        if (cell.Length > buffer.Length)
        {
            return new Result(false, null, null);
        }

        var length = 0;
        var commas = 0;
        var points = 0;
        foreach (var c in cell)
        {
            switch (c)
            {
                case ' ' or '\u00A0' or '\u202F':
                    continue;
                case ',':
                    commas++;
                    break;
                case '.':
                    points++;
                    break;
                case '\u2212': // the minus sign sv-SE prints
                    buffer[length++] = '-';
                    continue;
            }

            buffer[length++] = c;
        }

        var text = buffer[..length];
        if (commas == 1 && (decimalComma || points == 0))
        {
            text.Replace(',', '.');
        }
        else if (commas > 0)
        {
            return new Result(false, null, null);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)
            ? new Result(true, value, null)
            : new Result(false, null, null);
    }
}
