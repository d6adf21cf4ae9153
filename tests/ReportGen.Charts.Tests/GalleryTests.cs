using ReportGen.ChartKinds;
using ReportGen.Charts;

namespace ReportGen.Charts.Tests;

public class GalleryTests
{
    [Fact]
    public void Writes_every_example_chart_to_the_gallery_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chart-gallery");
        var gallery = new ChartGallery(TestRenderer.Create());

        var paths = gallery.WriteToFolder(ExampleCharts.All(), folder, maxDegreeOfParallelism: 2);

        Assert.Equal(ExampleCharts.All().Count, paths.Count);
        foreach (var path in paths)
        {
            Assert.True(new FileInfo(path).Length > 1000, path);
            Assert.True(File.Exists(Path.ChangeExtension(path, ".txt")));
        }
        var index = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.Contains("alt=\"Line chart of alcohol-specific mortality, 2016-18 to 2021-23", index);
        Assert.Contains("<th scope=\"col\">Period</th>", index);
        Assert.StartsWith("Alt text (", File.ReadAllText(Path.ChangeExtension(paths[0], ".txt")));
    }
}
