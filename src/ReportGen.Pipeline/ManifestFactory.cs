using System.Reflection;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Templates;

namespace ReportGen.Pipeline;

/// <summary>Turns a finished build into its manifest: inputs, template version, outputs, values and paragraphs.</summary>
public static class ManifestFactory
{
    public static BuildManifest Create(BuildResult result, string dataFolder, string reportFolder, IEnumerable<FileHash> outputs)
    {
        var (inputs, _) = BuildManifest.HashFolder(dataFolder, dataFolder, f => !f.Contains($"{Path.DirectorySeparatorChar}tools{Path.DirectorySeparatorChar}"));
        var (templates, templateVersion) = BuildManifest.HashFolder(reportFolder, reportFolder);
        return new BuildManifest
        {
            ToolVersion = typeof(ManifestFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "",
            GeneratedAt = DateTimeOffset.UtcNow,
            AreaCode = result.Area.Code,
            AreaName = result.Area.Name,
            TemplateVersion = templateVersion,
            Inputs = inputs,
            Templates = templates,
            Outputs = outputs.ToList(),
            Values = result.Values.Select(v => ProvenanceManifest.Value(v, dataFolder)).ToList(),
            Sentences = Sentences(result.Document!),
            Provenance = ProvenanceManifest.Totals(result),
            Blocks = ProvenanceManifest.Blocks(result, dataFolder),
        };
    }

    /// <summary>Every paragraph's text, keyed by the heading it sits under and its position there.</summary>
    private static IReadOnlyList<ManifestSentence> Sentences(ReportDocument document)
    {
        var list = new List<ManifestSentence>();
        var heading = "start";
        var index = 0;
        foreach (var block in DocumentWalk.Walk(document))
        {
            switch (block)
            {
                case Heading h:
                    heading = h.Id ?? (h.Number is null ? h.PlainText : h.Number + " " + h.PlainText);
                    index = 0;
                    break;
                case Paragraph p:
                    list.Add(new ManifestSentence($"{heading} #{++index}", Inlines.ToPlainText(p.Content)));
                    break;
            }
        }
        return list;
    }
}
