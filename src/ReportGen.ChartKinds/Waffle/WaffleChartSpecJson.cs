using System.Text.Json.Serialization;

namespace ReportGen.ChartKinds;

/// <summary>The waffle chart spec written out for the chart image cache's key by generated code instead of reflection.</summary>
[JsonSourceGenerationOptions(IncludeFields = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(WaffleChartSpec))]
internal sealed partial class WaffleChartSpecJson : JsonSerializerContext;
