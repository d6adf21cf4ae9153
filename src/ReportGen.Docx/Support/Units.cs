using System.Globalization;

namespace ReportGen.Docx.Support;

/// <summary>Conversions between the units people think in and the units WordprocessingML stores.</summary>
internal static class Units
{
    /// <summary>Twentieths of a point per centimetre.</summary>
    public const double TwipsPerCm = 1440 / 2.54;

    /// <summary>English Metric Units per centimetre (DrawingML sizes).</summary>
    public const long EmuPerCm = 360_000;

    /// <summary>EMU per twip.</summary>
    public const long EmuPerTwip = 635;

    public static int Twips(double cm) => (int)Math.Round(cm * TwipsPerCm);

    public static long Emu(double cm) => (long)Math.Round(cm * EmuPerCm);

    /// <summary>Font sizes are stored in half-points, as text.</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);
}
