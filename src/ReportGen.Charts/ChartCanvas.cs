using ScottPlot;

namespace ReportGen.Charts;

/// <summary>
/// One ScottPlot <see cref="Plot"/> set up in the house style at the placed size. Layout units are
/// points: the plot's scale factor maps the chart's width in points onto the pixel width for the
/// style's dpi, so a 9 pt label is 9 pt on paper. Each render builds its own canvas, so renders
/// share no mutable state and can run in parallel.
/// </summary>
public sealed class ChartCanvas
{
    private PixelRect? _lastDataArea;
    private ScottPlot.Panels.LegendPanel? _legendPanel;

    public ChartCanvas(ChartSpec spec, ChartStyle style, string fontFamily)
    {
        if (!(spec.WidthCm > 0) || !(spec.HeightCm > 0))
            throw new ArgumentException($"Chart '{spec.Subject}' needs a positive WidthCm and HeightCm.", nameof(spec));
        if (style.Dpi < 72)
            throw new ArgumentException("ChartStyle.Dpi must be at least 72.", nameof(style));

        Style = style;
        FontFamily = fontFamily;
        Text = new TextMeasurer(fontFamily);
        WidthCm = spec.WidthCm;
        HeightCm = spec.HeightCm;
        (PixelWidth, PixelHeight) = PixelSize(spec, style);
        WidthPt = spec.WidthCm / 2.54 * 72;
        HeightPt = spec.HeightCm / 2.54 * 72;

        Plot = new Plot { ScaleFactor = PixelWidth / WidthPt };
        ApplyHouseStyle();
    }

    /// <summary>The image's size in pixels: the placed size at the style's resolution.</summary>
    public static (int Width, int Height) PixelSize(ChartSpec spec, ChartStyle style) =>
        ((int)Math.Ceiling(spec.WidthCm / 2.54 * style.Dpi - 1e-6), (int)Math.Ceiling(spec.HeightCm / 2.54 * style.Dpi - 1e-6));

    public Plot Plot { get; }
    public ChartStyle Style { get; }
    public string FontFamily { get; }
    public TextMeasurer Text { get; }
    public double WidthCm { get; }
    public double HeightCm { get; }
    public int PixelWidth { get; }
    public int PixelHeight { get; }
    public double WidthPt { get; }
    public double HeightPt { get; }

    public float BaseFont => (float)Style.BaseFontSizePt;
    public float LabelFont => (float)Style.LabelFontSizePt;

    /// <summary>A ScottPlot colour from a style colour.</summary>
    public static Color C(RgbColor c) => new(c.R, c.G, c.B);

    /// <summary>Lays the plot out without encoding, so renderers can read the data area (in points).</summary>
    public PixelRect MeasureDataArea()
    {
        // Layout is in points, so a point-sized render (scale 1) gives the same data area as the
        // full-resolution one at a fraction of the cost.
        var scale = Plot.ScaleFactor;
        Plot.ScaleFactor = 1;
        // Onto a canvas that draws nothing: the layout (and its text measuring) is all that is needed here.
        int width = (int)Math.Round(WidthPt), height = (int)Math.Round(HeightPt);
        using (var canvas = new SkiaSharp.SKNoDrawCanvas(width, height))
            Plot.Render(canvas, width, height);
        Plot.ScaleFactor = scale;
        _lastDataArea = Plot.LastRender.DataRect;
        return _lastDataArea.Value;
    }

    /// <summary>The data area (in points) once the whole chart is drawn, with the rows a wrapping legend takes reserved as <see cref="Encode"/> does.</summary>
    public PixelRect MeasureFinalDataArea()
    {
        ReserveLegendRows();
        return MeasureDataArea();
    }

    /// <summary>Renders the PNG (with its dpi recorded) and, if the style asks, the SVG.</summary>
    public (byte[] Png, byte[]? Svg) Encode()
    {
        ReserveLegendRows();
        var png = PngDensity.WithDpi(RenderPng(), Style.Dpi);
        byte[]? svg = null;
        if (Style.IncludeSvg)
        {
            // Vector output is laid out in points so it scales to the placed size cleanly.
            var scale = Plot.ScaleFactor;
            Plot.ScaleFactor = 1;
            int w = (int)Math.Round(WidthPt), h = (int)Math.Round(HeightPt);
            var xml = SvgDashes.Render(Plot, w, h);
            Plot.ScaleFactor = scale;
            // State the placed size in centimetres, keeping the point grid as the view box.
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            xml = xml.Replace($"width=\"{w}\" height=\"{h}\">",
                $"width=\"{WidthCm.ToString(inv)}cm\" height=\"{HeightCm.ToString(inv)}cm\" viewBox=\"0 0 {w} {h}\">");
            svg = System.Text.Encoding.UTF8.GetBytes(xml);
        }
        return (png, svg);
    }

    // Renders onto our own surface and encodes with the "up" filter at a low zlib level: several times faster than
    // ScottPlot's default encoder for charts, at a slightly larger file (level 2 against 4: half the time, +8% bytes).
    // The chart is opaque (the house background fills it), so the PNG holds RGB without an alpha channel: a quarter
    // less to compress. The pixels are drawn into a buffer kept by each thread rather than a fresh one per chart:
    // a new buffer of several megabytes costs a page fault for every 4 KB the first time it is cleared.
    private byte[] RenderPng()
    {
        var info = new SkiaSharp.SKImageInfo(PixelWidth, PixelHeight, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Opaque);
        // The buffer lives on the pinned object heap, so its address stays put while Skia draws into it.
        var buffer = PixelBuffer(info.BytesSize);
        using var surface = SkiaSharp.SKSurface.Create(info, System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(buffer, 0), info.RowBytes)
            ?? throw new InvalidOperationException("Skia could not create a drawing surface for the chart.");
        Plot.Render(surface.Canvas, PixelWidth, PixelHeight);
        surface.Canvas.Flush();
        // The surface's own pixels are encoded: a snapshot would copy them first.
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(new SkiaSharp.SKPngEncoderOptions(SkiaSharp.SKPngEncoderFilterFlags.Up, 2))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return data.ToArray();
    }

    [ThreadStatic] private static byte[]? _pixels;

    private static byte[] PixelBuffer(int bytes)
    {
        if (_pixels is null || _pixels.Length < bytes) _pixels = GC.AllocateUninitializedArray<byte>(bytes, pinned: true);
        return _pixels;
    }

    /// <summary>Styles an axis: house font sizes and colours, no minor ticks.</summary>
    public void StyleAxis(IAxis axis, bool showLine)
    {
        axis.TickLabelStyle.FontSize = LabelFont;
        axis.TickLabelStyle.ForeColor = C(Style.TextColor);
        axis.Label.FontSize = BaseFont;
        axis.Label.ForeColor = C(Style.TextColor);
        axis.Label.Bold = false;
        axis.MajorTickStyle.Color = C(Style.AxisColor);
        axis.MajorTickStyle.Length = showLine ? 4 : 0;
        axis.MajorTickStyle.Width = 0.75f;
        axis.MinorTickStyle.Length = 0;
        axis.FrameLineStyle.Color = C(Style.AxisColor);
        axis.FrameLineStyle.Width = showLine ? 0.75f : 0;
        // Horizontal axes without a title need only a little room under their tick labels.
        if (axis is ScottPlot.AxisPanels.XAxisBase panel) panel.EmptyLabelPadding = new PixelPadding(0, 0, 2, 2);
    }

    /// <summary>
    /// Reserves room beside a vertical axis for its widest tick label (and its title), so long
    /// area names or value texts are never clipped at the edge of the image.
    /// </summary>
    public void ReserveVerticalAxis(IAxis axis, IEnumerable<string> labels)
    {
        var widest = labels.Select(l => Text.Width(l, axis.TickLabelStyle.FontSize)).DefaultIfEmpty(0).Max();
        var title = string.IsNullOrEmpty(axis.Label.Text) ? 0 : Text.LineHeight(axis.Label.FontSize) + 8;
        axis.MinimumSize = (float)(widest + axis.MajorTickStyle.Length + 10 + title);
    }

    /// <summary>
    /// Makes a label bold. ScottPlot 5.1 draws with the label's cached typeface and ignores its
    /// Bold flag, so the bold typeface is set directly.
    /// </summary>
    public void MakeBold(LabelStyle label)
    {
        label.Bold = true;
        label.Font = ScottPlot.Fonts.GetTypeface(FontFamily, true, false);
    }

    /// <summary>Puts the legend in its own panel under the data so it can never cover a line or bar.</summary>
    public Legend LegendBelow(IEnumerable<LegendItem> items)
    {
        var legend = Plot.Legend;
        legend.DisplayPlottableLegendItems = false;
        legend.ManualItems.Clear();
        legend.ManualItems.AddRange(items);
        legend.FontSize = LabelFont;
        legend.FontColor = C(Style.TextColor);
        legend.FontName = FontFamily;
        legend.OutlineWidth = 0;
        legend.BackgroundColor = C(Style.BackgroundColor);
        legend.ShadowColor = Colors.Transparent;
        legend.Orientation = Orientation.Horizontal;
        legend.SymbolWidth = 26;
        legend.SymbolPadding = 4;
        legend.InterItemPadding = new PixelPadding(0, 8, 2, 2);
        legend.Padding = new PixelPadding(2, 2, 2, 2);
        legend.TightHorizontalWrapping = true;
        legend.Margin = new PixelPadding(0);
        _legendPanel = Plot.ShowLegend(Edge.Bottom);
        _legendPanel.Padding = new PixelPadding(4, 4, 2, 4);
        return legend;
    }

    // ScottPlot measures a bottom legend as one row even when it wraps, so the later rows would be
    // clipped; count the rows from the real text widths and reserve their height. A label wider than
    // the whole row (a long indicator name) would be cut off at the edge: it is wrapped onto lines.
    private void ReserveLegendRows()
    {
        if (_legendPanel is null) return;
        var legend = Plot.Legend;
        // Measured now: a renderer may have added axes (value columns) since it last measured.
        var width = MeasureDataArea().Width - 8;
        var frame = legend.SymbolWidth + legend.SymbolPadding + legend.InterItemPadding.Horizontal + 8;
        var rows = 1;
        double x = 0;
        foreach (var item in legend.ManualItems)
        {
            var label = item.LabelText ?? "";
            if (frame + Text.Width(label, LabelFont) > width && !label.Contains('\n'))
                item.LabelText = label = string.Join('\n', Text.Wrap(label, LabelFont, width - frame));
            var w = frame + Text.Width(label, LabelFont);
            if (x > 0 && x + w > width) { rows++; x = 0; }
            rows += label.Count(c => c == '\n'); // a wrapped label's extra lines
            x += w;
        }
        if (rows == 1) return; // ScottPlot measures a single row correctly
        var rowHeight = Text.LineHeight(LabelFont) * 1.2 + legend.InterItemPadding.Vertical;
        _legendPanel.MinimumSize = (float)(rows * rowHeight + _legendPanel.Padding.Vertical + legend.Padding.Vertical + 4);
    }

    /// <summary>A legend entry for a filled, outlined box.</summary>
    public LegendItem BoxItem(string label, RgbColor fill, IHatch? hatch = null) => new()
    {
        LabelText = label,
        FillStyle = new FillStyle
        {
            Color = C(fill),
            Hatch = hatch,
            HatchColor = C(HatchColorOn(fill)),
        },
        OutlineStyle = new LineStyle { Color = C(Style.OutlineColor), Width = 0.75f },
    };

    /// <summary>Stripes that show on the fill: white on dark fills, dark on pale ones.</summary>
    public RgbColor HatchColorOn(RgbColor fill) =>
        fill.RelativeLuminance > 0.3 ? fill.Blend(RgbColor.Black, 0.3) : fill.Blend(RgbColor.White, 0.35);

    private void ApplyHouseStyle()
    {
        Plot.Font.Set(FontFamily);
        Plot.FigureBackground.Color = C(Style.BackgroundColor);
        Plot.DataBackground.Color = C(Style.BackgroundColor);

        StyleAxis(Plot.Axes.Left, showLine: true);
        StyleAxis(Plot.Axes.Bottom, showLine: true);
        StyleAxis(Plot.Axes.Right, showLine: false);
        Plot.Axes.Right.MinimumSize = 12; // room for half of the last bottom tick label
        StyleAxis(Plot.Axes.Top, showLine: false);

        var grid = Plot.Grid;
        grid.XAxisStyle.IsVisible = false;
        grid.YAxisStyle.IsVisible = true;
        grid.YAxisStyle.MajorLineStyle.Color = C(Style.GridColor);
        grid.YAxisStyle.MajorLineStyle.Width = 0.75f;
        grid.YAxisStyle.MinorLineStyle.Width = 0;
        grid.XAxisStyle.MajorLineStyle.Color = C(Style.GridColor);
        grid.XAxisStyle.MajorLineStyle.Width = 0.75f;
        grid.XAxisStyle.MinorLineStyle.Width = 0;
    }
}
