namespace ReportGen.Charts;

/// <summary>
/// Turns chart specs into print-ready PNGs (and optional SVG) with alt text and a data table, using the drawing
/// registered for each spec's type (src/ReportGen.ChartKinds lists them). Output is deterministic: the same spec and
/// style always give the same bytes. Renders share no mutable state, so one renderer may be used from many threads.
/// </summary>
public sealed class ChartRenderer
{
    private readonly Dictionary<Type, IChartDrawing> _drawings = [];

    /// <summary>Creates a renderer for a house style that draws the kinds of chart in <paramref name="drawings"/>.</summary>
    /// <exception cref="ArgumentException">Two drawings claim the same spec type.</exception>
    /// <param name="cache">Where drawn images are kept and read back by what they were drawn from; null draws every chart.</param>
    public ChartRenderer(ChartStyle style, IEnumerable<IChartDrawing> drawings, ChartImageCache? cache = null)
    {
        Cache = cache;
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(drawings);
        if (style.Dpi < 72) throw new ArgumentException("ChartStyle.Dpi must be at least 72.", nameof(style));
        Style = style;
        ResolvedFontFamily = ChartFonts.ResolveFamily(style.FontFamily);
        foreach (var d in drawings)
            if (!_drawings.TryAdd(d.SpecType, d))
                throw new ArgumentException($"Two chart drawings are registered for {d.SpecType.Name}.", nameof(drawings));
    }

    /// <summary>The image cache, if any (see <see cref="ChartImageCache"/>).</summary>
    public ChartImageCache? Cache { get; }

    /// <summary>The house style in use.</summary>
    public ChartStyle Style { get; }

    /// <summary>The installed font family text is drawn with (for example Liberation Sans for Arial on Linux).</summary>
    public string ResolvedFontFamily { get; }

    /// <summary>Renders one chart.</summary>
    /// <exception cref="ArgumentException">The spec is inconsistent (for example a series shorter than its periods).</exception>
    /// <exception cref="NotSupportedException">An unknown chart spec type.</exception>
    public RenderedChart Render(ChartSpec spec)
    {
        var drawing = DrawingFor(spec);
        var key = Cache is null ? null : ChartImageCache.KeyFor(spec, Style, ResolvedFontFamily, drawing);
        byte[] png;
        byte[]? svg;
        if (key is null) (png, svg) = Build(spec).Encode();
        else (png, svg) = Cache!.GetOrDraw(key, Style.IncludeSvg, () => Build(spec).Encode());
        var (width, height) = ChartCanvas.PixelSize(spec, Style);
        return new RenderedChart(png, width, height, spec.WidthCm, spec.HeightCm, drawing.AltText(spec), drawing.DataTable(spec), svg);
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

    /// <summary>The spec types this renderer can draw.</summary>
    public IReadOnlyCollection<Type> Kinds => _drawings.Keys;

    /// <summary>Alt text written from the chart's data (see <see cref="IChartDrawing.AltText"/>).</summary>
    /// <exception cref="NotSupportedException">No drawing is registered for the spec's type.</exception>
    public string AltText(ChartSpec spec) => DrawingFor(spec).AltText(spec);

    /// <summary>The data behind the chart, as published beside it (see <see cref="IChartDrawing.DataTable"/>).</summary>
    /// <exception cref="NotSupportedException">No drawing is registered for the spec's type.</exception>
    public ChartDataTable DataTable(ChartSpec spec) => DrawingFor(spec).DataTable(spec);

    /// <summary>
    /// A height in centimetres at which every row of a chart that grows with its rows (a spine chart, a pyramid) gets
    /// readable text at the style's label size; other charts return their own height.
    /// </summary>
    public double SuggestHeightCm(ChartSpec spec)
    {
        var drawing = DrawingFor(spec);
        // Measured once for a given spec, style, font and drawing code, then read back from the cache (as images are).
        var key = Cache is null ? null : ChartImageCache.KeyFor(spec, Style, ResolvedFontFamily, drawing, KeyUse.FitHeight);
        if (key is not null && Cache!.TryGetFitHeight(key, out var cached)) return cached;
        var height = drawing.FitHeightCm(spec, Style, ResolvedFontFamily);
        if (key is not null) Cache!.PutFitHeight(key, height);
        return height;
    }

    // Draws the spec onto a fresh canvas; tests inspect the plot through this.
    internal ChartCanvas Build(ChartSpec spec)
    {
        var drawing = DrawingFor(spec);
        var canvas = new ChartCanvas(spec, Style, ResolvedFontFamily);
        drawing.Draw(canvas, spec);
        return canvas;
    }

    private IChartDrawing DrawingFor(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return _drawings.TryGetValue(spec.GetType(), out var d) ? d
            : throw new NotSupportedException($"No chart drawing is registered for {spec.GetType().Name}; add its kind to ChartKindCatalog.");
    }
}
