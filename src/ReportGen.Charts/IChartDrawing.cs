namespace ReportGen.Charts;

/// <summary>
/// How one kind of chart is drawn and described: the renderer finds the drawing for a spec by the spec's type, so a
/// new kind of chart is a new implementation registered in a list, never a new case in the renderer.
/// </summary>
public interface IChartDrawing
{
    /// <summary>The spec type this drawing handles (exactly; derived types are not matched).</summary>
    Type SpecType { get; }

    /// <summary>Draws the spec onto a fresh canvas sized for it.</summary>
    /// <exception cref="ArgumentException">The spec is inconsistent (for example a series shorter than its periods).</exception>
    void Draw(ChartCanvas canvas, ChartSpec spec);

    /// <summary>Alt text written from the data: what is compared, the period, the headline values; about 300 characters at most.</summary>
    string AltText(ChartSpec spec);

    /// <summary>The data behind the chart with headers and formatted values: the chart's accessible alternative.</summary>
    ChartDataTable DataTable(ChartSpec spec);

    /// <summary>The height in centimetres the chart needs for readable text (charts that grow with their rows); others return the spec's own height.</summary>
    double FitHeightCm(ChartSpec spec, ChartStyle style, string fontFamily);

    /// <summary>
    /// Writes the spec out for the chart image cache's key with generated code (System.Text.Json source generation),
    /// which a cold start runs far faster than reflection; null falls back on reflection, with the same bytes.
    /// </summary>
    System.Text.Json.Serialization.Metadata.JsonTypeInfo? SpecKeyJson => null;
}

/// <summary>A chart drawing typed by its spec: implement the four members for <typeparamref name="TSpec"/>.</summary>
public abstract class ChartDrawing<TSpec> : IChartDrawing where TSpec : ChartSpec
{
    /// <inheritdoc />
    public Type SpecType => typeof(TSpec);

    /// <inheritdoc cref="IChartDrawing.Draw"/>
    protected abstract void Draw(ChartCanvas canvas, TSpec spec);
    /// <inheritdoc cref="IChartDrawing.AltText"/>
    protected abstract string AltText(TSpec spec);
    /// <inheritdoc cref="IChartDrawing.DataTable"/>
    protected abstract ChartDataTable DataTable(TSpec spec);
    /// <inheritdoc cref="IChartDrawing.FitHeightCm"/>
    protected virtual double FitHeightCm(TSpec spec, ChartStyle style, string fontFamily) => spec.HeightCm;
    /// <summary>The spec's generated JSON writer for the cache key (a <c>JsonSerializerContext</c> in the kind's folder); null uses reflection.</summary>
    protected virtual System.Text.Json.Serialization.Metadata.JsonTypeInfo<TSpec>? SpecJson => null;

    void IChartDrawing.Draw(ChartCanvas canvas, ChartSpec spec) => Draw(canvas, Typed(spec));
    string IChartDrawing.AltText(ChartSpec spec) => AltText(Typed(spec));
    ChartDataTable IChartDrawing.DataTable(ChartSpec spec) => DataTable(Typed(spec));
    double IChartDrawing.FitHeightCm(ChartSpec spec, ChartStyle style, string fontFamily) => FitHeightCm(Typed(spec), style, fontFamily);
    System.Text.Json.Serialization.Metadata.JsonTypeInfo? IChartDrawing.SpecKeyJson => SpecJson;

    private static TSpec Typed(ChartSpec spec) => spec as TSpec
        ?? throw new ArgumentException($"A {typeof(TSpec).Name} was expected, not {spec?.GetType().Name ?? "null"}.", nameof(spec));
}
