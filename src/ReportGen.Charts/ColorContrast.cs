namespace ReportGen.Charts;

/// <summary>One style colour measured against the background, for an accessibility report.</summary>
/// <param name="Name">The <see cref="ChartStyle"/> property it comes from.</param>
/// <param name="Color">The colour.</param>
/// <param name="Use">How the charts use it.</param>
/// <param name="Ratio">WCAG 2 contrast ratio against the background.</param>
/// <param name="Required">The ratio its use calls for (1 when there is no minimum).</param>
public sealed record ColorContrast(string Name, RgbColor Color, ColorUse Use, double Ratio, double Required)
{
    /// <summary>True when <see cref="Ratio"/> reaches <see cref="Required"/>.</summary>
    public bool Passes => Ratio + 1e-9 >= Required;

    /// <summary>The minimum ratio for a use: 4.5 text, 3 graphics, 1 outlined fills.</summary>
    public static double RequiredRatio(ColorUse use) => use switch
    {
        ColorUse.Text => 4.5,
        ColorUse.Graphic => 3.0,
        _ => 1.0,
    };
}
