using System.Globalization;

namespace ReportGen.Docx.Accessibility;

/// <summary>Contrast arithmetic for findings: the ratio of two colours and the nearest colour of the same hue that passes.</summary>
internal static class ContrastAdvice
{
    public static double Ratio(string foreground, string background) => DocxStyle.ContrastRatio(foreground, background);

    /// <summary>
    /// The foreground darkened (on a light background) or lightened (on a dark one) in small steps until it
    /// reaches the minimum, keeping its hue, so a fix can name a concrete colour.
    /// </summary>
    public static string Suggest(string foreground, string background, double minimum)
    {
        var (r, g, b) = Channels(foreground);
        bool darken = Ratio("000000", background) >= Ratio("FFFFFF", background);
        for (int step = 1; step <= 50; step++)
        {
            double t = step / 50.0;
            string candidate = darken
                ? Hex(r * (1 - t), g * (1 - t), b * (1 - t))
                : Hex(r + (255 - r) * t, g + (255 - g) * t, b + (255 - b) * t);
            if (Ratio(candidate, background) + 1e-9 >= minimum) return candidate;
        }
        return darken ? "000000" : "FFFFFF";
    }

    /// <summary>"darker" on a light background, "lighter" on a dark one: the way a text colour must move.</summary>
    public static string Direction(string background) =>
        Ratio("000000", background) >= Ratio("FFFFFF", background) ? "darker" : "lighter";

    public static string Format(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + ":1";

    public static string FormatMinimum(double minimum) => minimum.ToString("0.##", CultureInfo.InvariantCulture) + ":1";

    private static (double R, double G, double B) Channels(string hex)
    {
        int Channel(int offset) => int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (Channel(0), Channel(2), Channel(4));
    }

    private static string Hex(double r, double g, double b) =>
        $"{(int)Math.Round(r):X2}{(int)Math.Round(g):X2}{(int)Math.Round(b):X2}";
}
