using ReportGen.Documents;
using System.Globalization;

namespace ReportGen.Html;

/// <summary>Checks of a house palette for the web edition.</summary>
internal static class PaletteCheck
{
    /// <summary>Throws if a colour is not six hex digits.</summary>
    public static void Validate(HousePalette palette)
    {
        foreach (var (name, value) in palette.Colours())
            if (Colour.TryParse(value) is null)
                throw new ArgumentException($"HousePalette.{name} '{value}' is not a colour; use six hex digits such as 1B365D.");
    }
}

/// <summary>sRGB colours and the WCAG contrast ratio.</summary>
internal readonly record struct Colour(byte R, byte G, byte B)
{
    public static readonly Colour White = new(255, 255, 255);
    public static readonly Colour Black = new(0, 0, 0);

    public static Colour? TryParse(string? hex)
    {
        var s = (hex ?? "").Trim().TrimStart('#');
        if (s.Length != 6 || !int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return null;
        return new Colour((byte)(v >> 16), (byte)(v >> 8 & 0xFF), (byte)(v & 0xFF));
    }

    public static Colour Parse(string hex) => TryParse(hex) ?? throw new ArgumentException($"'{hex}' is not a colour.");

    public string Css => $"#{R:x2}{G:x2}{B:x2}";

    public double Luminance
    {
        get
        {
            static double Channel(byte c)
            {
                var s = c / 255.0;
                return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(R) + 0.7152 * Channel(G) + 0.0722 * Channel(B);
        }
    }

    public static double Contrast(Colour a, Colour b)
    {
        double la = a.Luminance, lb = b.Luminance;
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>
    /// This colour if it reaches <paramref name="minimum"/> contrast on every background given; otherwise the
    /// nearest darker (or, on dark backgrounds, lighter) shade that does, so text in the web edition always
    /// passes WCAG AA whatever the house style says.
    /// </summary>
    public Colour Readable(double minimum, params Colour[] backgrounds)
    {
        bool Ok(Colour c) => backgrounds.All(b => Contrast(c, b) >= minimum);
        if (Ok(this)) return this;
        bool darkBackground = backgrounds.Average(b => b.Luminance) < 0.18;
        var target = darkBackground ? White : Black;
        for (int step = 1; step <= 20; step++)
        {
            var t = step / 20.0;
            var c = new Colour((byte)Math.Round(R + (target.R - R) * t), (byte)Math.Round(G + (target.G - G) * t), (byte)Math.Round(B + (target.B - B) * t));
            if (Ok(c)) return c;
        }
        return target;
    }
}
