using System.Text.Json.Serialization;

namespace ReportGen.ChartKinds;

/// <summary>The population pyramid spec written out for the chart image cache's key by generated code instead of reflection.</summary>
[JsonSourceGenerationOptions(IncludeFields = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(PopulationPyramidSpec))]
internal sealed partial class PopulationPyramidSpecJson : JsonSerializerContext;
