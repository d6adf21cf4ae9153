using System.Text.Json.Serialization;

namespace ReportGen.ChartKinds;

/// <summary>The tile map spec written out for the chart image cache's key by generated code instead of reflection.</summary>
[JsonSourceGenerationOptions(IncludeFields = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(TileMapChartSpec))]
internal sealed partial class TileMapChartSpecJson : JsonSerializerContext;
