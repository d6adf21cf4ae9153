using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Publishing.Tests;

/// <summary>
/// manifest.json is written and read by generated code; it must give the same file reflection gave (older
/// manifests and every tool reading them rely on the names), and read back everything it wrote.
/// </summary>
public sealed class BuildManifestJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static BuildManifest Full() => new()
    {
        ToolVersion = "1.2.3",
        GeneratedAt = new DateTimeOffset(2026, 12, 8, 9, 30, 0, TimeSpan.Zero),
        AreaCode = "E10000003",
        AreaName = "Cambridgeshire",
        TemplateVersion = "abc",
        Inputs = [new FileHash("data/tidy/drug-deaths.csv", "00ff")],
        Templates = [new FileHash("templates/dana/report.yaml", "11ee")],
        Outputs = [new FileHash("report.docx", "22dd")],
        Values =
        [
            new ManifestValue("drug_deaths", "E10000003", "2021-23", "value", "4.9", 4.9, 3.9, 6.1, "Similar", "3-local.md:12", "Female|18+||")
                { Provenance = "illustrative", Sources = ["data/tidy/drug-deaths.csv:12"] },
            new ManifestValue("ons_population", "E10000003", null, "text", "not available", null, null, null, null, "2.md:3"),
        ],
        Sentences = [new ManifestSentence("5.1/p3", "Since 2019 the population has grown.")],
        Provenance = new ManifestProvenance(10, 4, 6, 2, 4, 2, new Dictionary<string, int> { ["drug_deaths"] = 2 }, ["CIPFA neighbours"])
            { Notice = "Contains illustrative data: not for publication" },
        Blocks = [new ManifestBlock("Figure 5.1a", "3-local.md:40", 12, 3, ["a.csv:2"], ["a.csv:2", "a.csv:3"]) { IllustrativeComparatorGroup = "CIPFA" }],
    };

    [Fact]
    public void The_generated_writer_gives_the_bytes_reflection_gave()
    {
        var manifest = Full();
        Assert.Equal(JsonSerializer.Serialize(manifest, Reflection), manifest.ToJson());
    }

    [Fact]
    public void A_manifest_reads_back_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), "reportgen-manifest-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        try
        {
            var manifest = Full();
            File.WriteAllText(path, manifest.ToJson());
            var back = BuildManifest.Read(path);
            Assert.NotNull(back);
            Assert.Equal(manifest.ToJson(), back.ToJson());
            Assert.Equal("Female|18+||", back.Values[0].Breakdown);
            Assert.Equal(["data/tidy/drug-deaths.csv:12"], back.Values[0].Sources!);
            Assert.Equal(2, back.Provenance!.IllustrativeByIndicator["drug_deaths"]);

            File.WriteAllText(path, "{ not json");
            Assert.Null(BuildManifest.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
