using System.Text.Json.Serialization;

namespace ReportGen.ChartKinds;

/// <summary>The map spec written out for the chart image cache's key by generated code instead of reflection.</summary>
[JsonSourceGenerationOptions(IncludeFields = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(MapChartSpec))]
internal sealed partial class MapChartSpecJson : JsonSerializerContext;
