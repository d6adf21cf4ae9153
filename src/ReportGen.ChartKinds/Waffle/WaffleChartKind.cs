using ScottPlot;

namespace ReportGen.ChartKinds;

/// <summary>
/// <c>type: waffle</c>: the area's latest value of a percentage indicator as 100 squares. The worked example of
/// adding a chart kind: this folder plus one line in <see cref="ChartKindCatalog"/>.
/// </summary>
public sealed class WaffleChartKind : ChartKind<WaffleChartSpec>
{
    private const int Side = 10;

    public override string Name => "waffle";
    protected override System.Text.Json.Serialization.Metadata.JsonTypeInfo<WaffleChartSpec> SpecJson => WaffleChartSpecJson.Default.WaffleChartSpec;

    public override IReadOnlyList<string> DefaultAreas(ChartBlockOptions options) => ["area", "england"];

    public override ChartSpec? Build(ChartRequest r)
    {
        var indicator = r.Indicators[0];
        if (indicator.Unit.Trim() != "%")
        {
            r.Error($"A waffle chart shows a percentage, but '{indicator.Id}' is measured as '{indicator.Unit}'.",
                "Use a percentage indicator, or another chart type (trend, areas, bar).");
            return null;
        }
        var facts = r.Context.FactsFor(indicator, r.Context.Area);
        if (facts.Latest is not { Value: { } value } latest || value is < 0 or > 100) return null;
        r.Rows.Add(r.Context.Area.DisplayName, latest);
        var england = facts.England?.Value;
        if (england is not null) r.Rows.Add(r.Context.England.Name, facts.England);
        return new WaffleChartSpec
        {
            Subject = indicator.Name,
            ValueAxisLabel = "Percentage (%)",
            Unit = "%",
            Decimals = indicator.Decimals,
            AreaName = r.Context.Area.DisplayName,
            Period = latest.Period.Label,
            Percent = value,
            EnglandPercent = england,
            EnglandName = r.Context.England.Name,
            WidthCm = 9,
            HeightCm = 10,
        };
    }

    protected override void Draw(ChartCanvas canvas, WaffleChartSpec spec)
    {
        var filled = Filled(spec.Percent);
        var plot = canvas.Plot;
        var empty = canvas.Style.GridColor;
        for (var i = 0; i < Side * Side; i++)
        {
            // Filled from the bottom-left, row by row, as the eye counts.
            double x = i % Side, y = i / Side;
            var square = plot.Add.Rectangle(x + 0.08, x + 0.92, y + 0.08, y + 0.92);
            var on = i < filled;
            square.FillStyle.Color = ChartCanvas.C(on ? canvas.Style.FocusColor : empty);
            square.LineStyle.Color = ChartCanvas.C(on ? canvas.Style.FocusColor : canvas.Style.AxisColor);
            square.LineStyle.Width = on ? 0 : 0.5f;
        }
        plot.HideAxesAndGrid();
        plot.Axes.SquareUnits();
        plot.Axes.SetLimits(-0.1, Side + 0.1, -0.1, Side + 0.1);
        // The grey squares are the rest of the area's 100; England is given in the alt text and data table, not as a colour.
        canvas.LegendBelow([
            canvas.BoxItem($"{spec.AreaName}, {spec.Period}: {ChartFormat.Number(spec.Percent, spec.Decimals)}% (about {filled} in 100)", canvas.Style.FocusColor),
            canvas.BoxItem($"The other {100 - filled} in 100", empty),
        ]);
    }

    protected override string AltText(WaffleChartSpec spec) =>
        $"Waffle chart of {Lower(spec.Subject)} in {spec.AreaName}, {spec.Period}: {ChartFormat.Number(spec.Percent, spec.Decimals)}%, "
        + $"about {Filled(spec.Percent)} in every 100 squares filled"
        + (spec.EnglandPercent is { } e ? $"; {spec.EnglandName} {ChartFormat.Number(e, spec.Decimals)}%." : ".");

    protected override ChartDataTable DataTable(WaffleChartSpec spec) => new(
        ["Area", "Period", "Percentage (%)"],
        [
            [spec.AreaName, spec.Period, ChartFormat.Number(spec.Percent, spec.Decimals)],
            .. spec.EnglandPercent is { } e ? new[] { (IReadOnlyList<string>)[spec.EnglandName, spec.Period, ChartFormat.Number(e, spec.Decimals)] } : [],
        ]);

    /// <summary>Squares filled: the percentage rounded to a whole square, never 0 or 100 unless the value is.</summary>
    internal static int Filled(double percent) => percent switch
    {
        <= 0 => 0,
        >= 100 => 100,
        _ => Math.Clamp((int)Math.Round(percent, MidpointRounding.AwayFromZero), 1, 99),
    };

    private static string Lower(string s) => s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
}
