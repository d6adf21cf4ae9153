using ReportGen.ChartKinds;

namespace ReportGen.Charts.Tests;

/// <summary>A renderer that knows every registered chart kind, as the report builder makes it.</summary>
internal static class TestRenderer
{
    public static ChartRenderer Create(ChartStyle? style = null) => new(style ?? ChartStyle.Default, ChartKindCatalog.All);

    public static ChartRenderer Default { get; } = Create();
}
