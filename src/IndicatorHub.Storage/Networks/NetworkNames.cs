using System.Globalization;
using System.Text;

namespace IndicatorHub.Storage.Networks;

/// <summary>How network names are checked, compared and turned into the stable keys used in URLs.</summary>
public static class NetworkNames
{
    /// <summary>The longest accepted network name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>True for a name of 1–100 characters with at least one letter or digit and no control characters.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Trim().Length <= MaxNameLength
        && name.Any(char.IsLetterOrDigit)
        && !name.Any(char.IsControl);

    /// <summary>The form names are compared in: trimmed and lower-cased invariantly (stored as networks.name_key).</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// The URL key of a name: lower case, Swedish letters folded (å, ä → a; ö → o), accents dropped, and every run of
    /// other characters one hyphen ("Healthy Cities Sverige (exempel)" → "healthy-cities-sverige-exempel").
    /// </summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(c);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString();
    }
}
