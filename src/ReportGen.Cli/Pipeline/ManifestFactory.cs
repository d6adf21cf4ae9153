using System.Reflection;
using ReportGen.Documents;
using ReportGen.Publishing;
using ReportGen.Templates;

namespace ReportGen.Cli.Pipeline;

/// <summary>Turns a finished build into its manifest: inputs, template version, outputs, values and paragraphs.</summary>
internal static class ManifestFactory
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
            Values = result.Values.Select(v => new ManifestValue(v.IndicatorId, v.AreaCode, v.Period, v.Field, v.Text, v.Value, v.Lower95, v.Upper95, v.Comparison, v.Location, v.Breakdown.Length == 0 ? null : v.Breakdown)).ToList(),
            Sentences = Sentences(result.Document!),
        };
    }

    /// <summary>Every paragraph's text, keyed by the heading it sits under and its position there.</summary>
    private static IReadOnlyList<ManifestSentence> Sentences(ReportDocument document)
    {
        var list = new List<ManifestSentence>();
        var heading = "start";
        var index = 0;
        void Visit(Block block)
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
                case ListBlock l:
                    foreach (var item in l.Items) foreach (var b in item) Visit(b);
                    break;
                case Callout c:
                    foreach (var b in c.Content) Visit(b);
                    break;
            }
        }
        foreach (var b in document.Blocks) Visit(b);
        return list;
    }
}
