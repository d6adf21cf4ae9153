namespace ReportGen.Charts;

/// <summary>
/// Turns chart specs into print-ready PNGs (and optional SVG) with alt text and a data table.
/// Output is deterministic: the same spec and style always give the same bytes. Renders share no
/// mutable state, so one renderer may be used from many threads at once.
/// </summary>
public sealed class ChartRenderer
{
    /// <summary>Creates a renderer for a house style.</summary>
    public ChartRenderer(ChartStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (style.Dpi < 72) throw new ArgumentException("ChartStyle.Dpi must be at least 72.", nameof(style));
        Style = style;
        ResolvedFontFamily = ChartFonts.ResolveFamily(style.FontFamily);
    }

    /// <summary>Creates a renderer with <see cref="ChartStyle.Default"/>.</summary>
    public ChartRenderer() : this(ChartStyle.Default) { }

    /// <summary>The house style in use.</summary>
    public ChartStyle Style { get; }

    /// <summary>The installed font family text is drawn with (for example Liberation Sans for Arial on Linux).</summary>
    public string ResolvedFontFamily { get; }

    /// <summary>Renders one chart.</summary>
    /// <exception cref="ArgumentException">The spec is inconsistent (for example a series shorter than its periods).</exception>
    /// <exception cref="NotSupportedException">An unknown chart spec type.</exception>
    public RenderedChart Render(ChartSpec spec)
    {
        var canvas = Build(spec);
        var (png, svg) = canvas.Encode();
        return new RenderedChart(png, canvas.PixelWidth, canvas.PixelHeight, spec.WidthCm, spec.HeightCm,
            ChartText.AltText(spec), ChartText.DataTable(spec), svg);
    }

    /// <summary>
    /// Renders many charts in parallel, each on its own plot; results come back in the order of
    /// <paramref name="specs"/> and are byte-identical to rendering them one by one.
    /// </summary>
    public IReadOnlyList<RenderedChart> RenderAll(IReadOnlyList<ChartSpec> specs, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        var results = new RenderedChart[specs.Count];
        Parallel.For(0, specs.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            i => results[i] = Render(specs[i]));
        return results;
    }

    /// <summary>
    /// A height in centimetres at which every row of a spine chart (or every age band of a
    /// pyramid) gets readable text at the style's label size; other charts return their own height.
    /// </summary>
    public double SuggestHeightCm(ChartSpec spec) => spec switch
    {
        SpineChartSpec s => SpineChartRenderer.SuggestHeightCm(s, Style, ResolvedFontFamily),
        PopulationPyramidSpec p => Math.Max(p.HeightCm, 3.0 + p.AgeBands.Count * Style.LabelFontSizePt * 1.25 / 72 * 2.54),
        null => throw new ArgumentNullException(nameof(spec)),
        _ => spec.HeightCm,
    };

    // Draws the spec onto a fresh canvas; tests inspect the plot through this.
    internal ChartCanvas Build(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var canvas = new ChartCanvas(spec, Style, ResolvedFontFamily);
        switch (spec)
        {
            case TrendChartSpec t: TrendChartRenderer.Draw(canvas, t); break;
            case AreaComparisonChartSpec a: AreaComparisonChartRenderer.Draw(canvas, a); break;
            case PopulationPyramidSpec p: PopulationPyramidRenderer.Draw(canvas, p); break;
            case BarChartSpec b: BarChartRenderer.Draw(canvas, b); break;
            case SpineChartSpec s: SpineChartRenderer.Draw(canvas, s); break;
            case Maps.MapChartSpec m: Maps.MapChartRenderer.Draw(canvas, m); break;
            default: throw new NotSupportedException($"No renderer for {spec.GetType().Name}.");
        }
        return canvas;
    }
}
