using System.Globalization;

namespace IndicatorHub.Import.Text;

/// <summary>
/// Checks the text of a key (indicator id, area code or name, dimension, subgroup): a key with a control
/// character, a byte-order mark or another invisible format character would be stored as a second key that
/// looks the same as the first, so such keys are refused, as are keys longer than <see cref="InputLimits.MaxKeyChars"/>.
/// </summary>
public static class KeyText
{
    /// <summary>Null when <paramref name="key"/> is acceptable, else why not (naming <paramref name="what"/>).</summary>
    public static string? Problem(string key, string what)
    {
        if (key.Length > InputLimits.MaxKeyChars)
        {
            return $"{what} is {key.Length:N0} characters long; at most {InputLimits.MaxKeyChars} are allowed ('{InputLimits.Excerpt(key)}')";
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            var category = char.GetUnicodeCategory(c);
            var bad = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                || c == '\uFFFD';
            if (category == UnicodeCategory.Surrogate && char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]))
            {
                i++;
                continue;
            }

            if (bad)
            {
                var name = c switch
                {
                    '\0' => "a NUL character",
                    '\uFEFF' => "a byte-order mark (U+FEFF)",
                    '\uFFFD' => "a replacement character (U+FFFD) left by a wrong text encoding",
                    _ => string.Create(CultureInfo.InvariantCulture, $"the invisible character U+{(int)c:X4}"),
                };
                return string.Create(CultureInfo.InvariantCulture,
                    $"{what} '{InputLimits.Excerpt(key)}' contains {name} at character {i + 1}; remove it, since it would make a key that looks like another but is not");
            }
        }

        return null;
    }
}
