using System.Globalization;

namespace ReportGen.Charts;

/// <summary>
/// An opaque sRGB colour. Kept free of any drawing library so the Word styles and an
/// accessibility report can share the chart palette.
/// </summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    /// <summary>Reads "#RRGGBB" or "RRGGBB" (case-insensitive).</summary>
    /// <exception cref="FormatException">The text is not a six-digit hex colour.</exception>
    public static RgbColor Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length != 6 || !uint.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            throw new FormatException($"'{hex}' is not a colour of the form #RRGGBB.");
        return new RgbColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    /// <summary>Pure white, the page and chart background.</summary>
    public static RgbColor White => new(255, 255, 255);

    /// <summary>Pure black.</summary>
    public static RgbColor Black => new(0, 0, 0);

    /// <summary>"#RRGGBB" in upper case.</summary>
    public string ToHex() => $"#{R:X2}{G:X2}{B:X2}";

    /// <summary>WCAG 2 relative luminance, 0 for black to 1 for white.</summary>
    public double RelativeLuminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    /// <summary>Mixes this colour towards <paramref name="other"/>; 0 keeps this colour, 1 gives the other.</summary>
    public RgbColor Blend(RgbColor other, double fraction)
    {
        fraction = Math.Clamp(fraction, 0, 1);
        static byte Mix(byte a, byte b, double f) => (byte)Math.Round(a + (b - a) * f, MidpointRounding.AwayFromZero);
        return new RgbColor(Mix(R, other.R, fraction), Mix(G, other.G, fraction), Mix(B, other.B, fraction));
    }

    /// <inheritdoc />
    public override string ToString() => ToHex();

    // sRGB channel to linear light, as in the WCAG definition.
    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
