using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Bad input stops the build with a message naming the file, line and column, and a non-zero exit. An error in a row
/// about one report area fails that area alone (the others are still written); any other error stops everything.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-bad");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    /// <summary>Puts text into the value cell of the first row about <paramref name="areaCode"/>; returns file and line.</summary>
    private (string Data, string File, int Line) PlantText(string areaCode, string text)
    {
        var data = CliRunner.CopyOf("data", Path.Combine(_dir, "data"));
        foreach (var file in Directory.GetFiles(Path.Combine(data, "tidy"), "*.csv").Order())
        {
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split(',');
            int area = Array.IndexOf(header, "area_code"), value = Array.IndexOf(header, "value");
            for (int i = 1; i < lines.Length; i++)
            {
                var cells = lines[i].Split(',');
                if (cells.Length != header.Length || cells[area] != areaCode || cells[value].Length == 0) continue;
                cells[value] = text;
                lines[i] = string.Join(',', cells);
                File.WriteAllLines(file, lines);
                return (data, file, i + 1);
            }
        }
        throw new InvalidOperationException("no row for " + areaCode);
    }

    private static IEnumerable<string> Docx(string output) =>
        Directory.Exists(output) ? Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories) : [];

    [Fact]
    public void Text_where_a_number_belongs_in_a_shared_row_stops_everything_naming_file_line_and_column()
    {
        var (data, file, line) = PlantText("E92000001", "twelve");
        var output = Path.Combine(_dir, "out");
        var result = InProcessCli.Run("build", "--data", data, "--out", output, "--format", "docx");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{Path.GetFileName(file)}:{line}, column 'value'", result.Error);
        Assert.Contains("'twelve' is not a number", result.Error);
        Assert.Contains("Fix:", result.Error);
        Assert.Empty(Docx(output));
    }

    [Fact]
    public void Broken_data_for_one_area_fails_that_area_alone_and_the_others_are_written()
    {
        var (data, file, line) = PlantText("E06000031", "n/a");
        var output = Path.Combine(_dir, "out");
        var result = InProcessCli.Run("build", "--data", data, "--out", output, "--format", "docx");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{Path.GetFileName(file)}:{line}, column 'value'", result.Error);
        var written = Docx(output).Select(f => Path.GetFileName(Path.GetDirectoryName(f))).Order().ToList();
        Assert.Equal(["cambridgeshire", "north-northamptonshire", "west-northamptonshire"], written);
        Assert.Contains("Peterborough", result.Error);
        Assert.Contains("failed", result.Error);
    }

    [Fact]
    public void A_missing_column_names_the_file_and_the_column()
    {
        var data = CliRunner.CopyOf("data", Path.Combine(_dir, "data"));
        var file = Directory.GetFiles(Path.Combine(data, "tidy"), "*.csv").Order().First();
        var lines = File.ReadAllLines(file);
        var period = lines[0].Split(',').ToList().FindIndex(h => h.Trim() == "period");
        File.WriteAllLines(file, lines.Select(l => { var c = l.Split(',').ToList(); c.RemoveAt(period); return string.Join(',', c); }));
        var result = InProcessCli.Run("build", "--data", data, "--out", Path.Combine(_dir, "out"), "--format", "docx");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Path.GetFileName(file), result.Error);
        Assert.Contains("period", result.Error);
    }
}
