namespace ReportGen.Charts;

/// <summary>
/// The house style for charts: fonts, sizes, colours and resolution. It is shared with the Word
/// styles, so renderers take it as a parameter and never hard-code a colour or a font.
/// Sizes are in typographic points (1/72 inch) at the placed size of the chart.
/// </summary>
/// <remarks>
/// The default palette is built for colour-blind readers (blue / orange / black for the series,
/// blue / yellow / vermilion for better / similar / worse, purples for higher / lower) and every
/// colour that can appear as text or as a thin line meets 4.5:1 against white. Filled shapes are
/// always drawn with <see cref="OutlineColor"/> around them, so pale fills stay visible.
/// </remarks>
public sealed record ChartStyle
{
    /// <summary>The house style used when nothing else is given.</summary>
    public static ChartStyle Default { get; } = new();

    /// <summary>Requested font family. On Linux "Arial" is drawn with its metric twin Liberation Sans.</summary>
    public string FontFamily { get; init; } = "Arial";

    /// <summary>Axis titles and headings inside the chart, in points.</summary>
    public double BaseFontSizePt { get; init; } = 10;

    /// <summary>Tick labels, legends, value labels and table text inside the chart, in points.</summary>
    public double LabelFontSizePt { get; init; } = 9;

    /// <summary>Smallest size a renderer may shrink text to when space is short, in points.</summary>
    public double MinimumFontSizePt { get; init; } = 7.5;

    /// <summary>Output resolution in dots per inch for the placed size; at least 200 for print.</summary>
    public int Dpi { get; init; } = 200;

    /// <summary>Width of data lines in points; the focus area's line is drawn a little heavier.</summary>
    public double LineWidthPt { get; init; } = 1.5;

    /// <summary>Marker size in points.</summary>
    public double MarkerSizePt { get; init; } = 6;

    /// <summary>When true, the second and later bar series get a hatch pattern so they differ without colour.</summary>
    public bool UseBarPatterns { get; init; } = true;

    /// <summary>
    /// When true, <see cref="RenderedChart.Svg"/> is filled as well as the PNG (laid out in points).
    /// Skia's SVG writer cannot express dash patterns, so dashed lines come out solid there; the
    /// PNG remains the publication output.
    /// </summary>
    public bool IncludeSvg { get; init; }

    /// <summary>Page and chart background.</summary>
    public RgbColor BackgroundColor { get; init; } = RgbColor.White;

    /// <summary>All text drawn in a chart.</summary>
    public RgbColor TextColor { get; init; } = RgbColor.Parse("#1A1A1A");

    /// <summary>Axis lines and tick marks.</summary>
    public RgbColor AxisColor { get; init; } = RgbColor.Parse("#595959");

    /// <summary>Light gridlines behind the data.</summary>
    public RgbColor GridColor { get; init; } = RgbColor.Parse("#E3E3E3");

    /// <summary>Outline drawn around every bar and filled marker.</summary>
    public RgbColor OutlineColor { get; init; } = RgbColor.Parse("#3D3D3D");

    /// <summary>The focus area (for example Cambridgeshire).</summary>
    public RgbColor FocusColor { get; init; } = RgbColor.Parse("#005EB8");

    /// <summary>The region (for example East of England).</summary>
    public RgbColor RegionColor { get; init; } = RgbColor.Parse("#B84A00");

    /// <summary>The benchmark, normally England.</summary>
    public RgbColor BenchmarkColor { get; init; } = RgbColor.Parse("#1A1A1A");

    /// <summary>Further line series after focus, region and benchmark, in order.</summary>
    public IReadOnlyList<RgbColor> SeriesColors { get; init; } =
        [RgbColor.Parse("#117733"), RgbColor.Parse("#AA4499"), RgbColor.Parse("#332288"), RgbColor.Parse("#882255"), RgbColor.Parse("#595959")];

    /// <summary>Fills for grouped and stacked bars, in series order (Okabe-Ito; neighbours differ in lightness too).</summary>
    public IReadOnlyList<RgbColor> BarColors { get; init; } =
        [RgbColor.Parse("#0072B2"), RgbColor.Parse("#E69F00"), RgbColor.Parse("#56B4E9"), RgbColor.Parse("#009E73"),
         RgbColor.Parse("#D55E00"), RgbColor.Parse("#CC79A7"), RgbColor.Parse("#F0E442"), RgbColor.Parse("#999999")];

    /// <summary>Statistically better than the benchmark.</summary>
    public RgbColor BetterColor { get; init; } = RgbColor.Parse("#2C7BB6");

    /// <summary>Statistically similar to the benchmark.</summary>
    public RgbColor SimilarColor { get; init; } = RgbColor.Parse("#F6C85F");

    /// <summary>Statistically worse than the benchmark.</summary>
    public RgbColor WorseColor { get; init; } = RgbColor.Parse("#D7301F");

    /// <summary>Higher than the benchmark where higher is neither good nor bad.</summary>
    public RgbColor HigherColor { get; init; } = RgbColor.Parse("#5E3C99");

    /// <summary>Lower than the benchmark where lower is neither good nor bad.</summary>
    public RgbColor LowerColor { get; init; } = RgbColor.Parse("#C6B6E0");

    /// <summary>Not compared (no confidence interval or too few events).</summary>
    public RgbColor NotComparedColor { get; init; } = RgbColor.White;

    /// <summary>Spine chart: the outer England range (worst to 25th and 75th to best percentile).</summary>
    public RgbColor SpineRangeColor { get; init; } = RgbColor.Parse("#D9D9D9");

    /// <summary>Spine chart: the England inter-quartile band.</summary>
    public RgbColor SpineQuartileColor { get; init; } = RgbColor.Parse("#A6A6A6");

    /// <summary>The fill for a comparison category; <see cref="ComparisonCategory.None"/> uses the focus colour.</summary>
    public RgbColor ComparisonColor(ComparisonCategory comparison) => comparison switch
    {
        ComparisonCategory.Better => BetterColor,
        ComparisonCategory.Similar => SimilarColor,
        ComparisonCategory.Worse => WorseColor,
        ComparisonCategory.Higher => HigherColor,
        ComparisonCategory.Lower => LowerColor,
        ComparisonCategory.NotCompared => NotComparedColor,
        _ => FocusColor,
    };

    /// <summary>The colour of the n-th line series: 0 focus, then region, then <see cref="SeriesColors"/> cycling.</summary>
    public RgbColor LineSeriesColor(int index) => index switch
    {
        0 => FocusColor,
        1 => RegionColor,
        _ => SeriesColors.Count == 0 ? TextColor : SeriesColors[(index - 2) % SeriesColors.Count],
    };

    /// <summary>The fill of the n-th bar series, cycling through <see cref="BarColors"/>.</summary>
    public RgbColor BarSeriesColor(int index) => BarColors.Count == 0 ? FocusColor : BarColors[index % BarColors.Count];

    /// <summary>WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white).</summary>
    public static double ContrastRatio(RgbColor foreground, RgbColor background)
    {
        var a = foreground.RelativeLuminance;
        var b = background.RelativeLuminance;
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>WCAG 2 contrast ratio between two "#RRGGBB" colours.</summary>
    public static double ContrastRatio(string foregroundHex, string backgroundHex) =>
        ContrastRatio(RgbColor.Parse(foregroundHex), RgbColor.Parse(backgroundHex));

    /// <summary>Black or white text, whichever reads better on <paramref name="fill"/>.</summary>
    public RgbColor TextColorOn(RgbColor fill) =>
        ContrastRatio(TextColor, fill) >= ContrastRatio(RgbColor.White, fill) ? TextColor : RgbColor.White;

    /// <summary>
    /// Every colour of the style with its contrast against the background and the ratio it needs:
    /// 4.5:1 for text and for series colours (they may label data directly), 3:1 for axis lines and
    /// outlines (WCAG non-text contrast), none for outlined fills. Feeds an accessibility report.
    /// </summary>
    public IReadOnlyList<ColorContrast> DescribeContrast()
    {
        var list = new List<ColorContrast>();
        void Add(string name, RgbColor color, ColorUse use) =>
            list.Add(new ColorContrast(name, color, use, ContrastRatio(color, BackgroundColor), ColorContrast.RequiredRatio(use)));

        Add(nameof(TextColor), TextColor, ColorUse.Text);
        Add(nameof(AxisColor), AxisColor, ColorUse.Graphic);
        Add(nameof(OutlineColor), OutlineColor, ColorUse.Graphic);
        Add(nameof(FocusColor), FocusColor, ColorUse.Text);
        Add(nameof(RegionColor), RegionColor, ColorUse.Text);
        Add(nameof(BenchmarkColor), BenchmarkColor, ColorUse.Text);
        for (var i = 0; i < SeriesColors.Count; i++) Add($"{nameof(SeriesColors)}[{i}]", SeriesColors[i], ColorUse.Text);
        for (var i = 0; i < BarColors.Count; i++) Add($"{nameof(BarColors)}[{i}]", BarColors[i], ColorUse.OutlinedFill);
        Add(nameof(BetterColor), BetterColor, ColorUse.OutlinedFill);
        Add(nameof(SimilarColor), SimilarColor, ColorUse.OutlinedFill);
        Add(nameof(WorseColor), WorseColor, ColorUse.OutlinedFill);
        Add(nameof(HigherColor), HigherColor, ColorUse.OutlinedFill);
        Add(nameof(LowerColor), LowerColor, ColorUse.OutlinedFill);
        Add(nameof(NotComparedColor), NotComparedColor, ColorUse.OutlinedFill);
        Add(nameof(SpineRangeColor), SpineRangeColor, ColorUse.OutlinedFill);
        Add(nameof(SpineQuartileColor), SpineQuartileColor, ColorUse.OutlinedFill);
        return list;
    }
}
