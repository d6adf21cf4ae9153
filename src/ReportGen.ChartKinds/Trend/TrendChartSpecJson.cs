using System.Text.Json.Serialization;

namespace ReportGen.ChartKinds;

/// <summary>The trend chart spec written out for the chart image cache's key by generated code instead of reflection.</summary>
[JsonSourceGenerationOptions(IncludeFields = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(TrendChartSpec))]
internal sealed partial class TrendChartSpecJson : JsonSerializerContext;
