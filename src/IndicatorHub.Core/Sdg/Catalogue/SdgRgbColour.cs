using System.Globalization;

namespace IndicatorHub.Core.Sdg;

/// <summary>An sRGB colour with 8 bits per channel.</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
public readonly record struct SdgRgbColour(byte R, byte G, byte B)
{
    /// <summary>White, the light text candidate.</summary>
    public static SdgRgbColour White { get; } = new(0xFF, 0xFF, 0xFF);

    /// <summary>Near-black (#111111), the dark text candidate; softer than pure black but still far above 4.5:1 on light tiles.</summary>
    public static SdgRgbColour NearBlack { get; } = new(0x11, 0x11, 0x11);

    /// <summary>Parses <c>#RRGGBB</c> (the leading # is optional).</summary>
    /// <exception cref="FormatException">Not six hexadecimal digits.</exception>
    public static SdgRgbColour Parse(string hex)
    {
        var digits = hex.AsSpan().Trim().TrimStart('#');
        if (digits.Length != 6 || !uint.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a #RRGGBB colour.");
        }

        return new SdgRgbColour((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>Upper-case <c>#RRGGBB</c>, the form CSS and the UN guidelines use.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");

    /// <inheritdoc />
    public override string ToString() => ToHex();
}
