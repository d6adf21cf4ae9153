namespace ReportGen.Cli.Tests;

/// <summary>Bad input stops the build with a message naming the file, line and column, and nothing is written.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-bad");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    private (string Data, string File, int Line) BreakFirstValue(Func<string[], string[]> change)
    {
        var data = CliRunner.CopyOf("data", Path.Combine(_dir, "data"));
        var file = Directory.GetFiles(Path.Combine(data, "tidy"), "*.csv").Order().First();
        var lines = File.ReadAllLines(file);
        File.WriteAllLines(file, change(lines));
        return (data, file, 2);
    }

    [Fact]
    public void Text_where_a_number_belongs_names_the_file_the_line_and_the_column()
    {
        var (data, file, _) = BreakFirstValue(lines =>
        {
            var header = lines[0].Split(',');
            var valueColumn = Array.FindIndex(header, h => h.Trim() == "value");
            var cells = lines[1].Split(',');
            cells[valueColumn] = "twelve";
            lines[1] = string.Join(',', cells);
            return lines;
        });
        var output = Path.Combine(_dir, "out");
        var result = CliRunner.Run("build", "--data", data, "--out", output, "--format", "docx");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Path.GetFileName(file), result.Error);
        Assert.Contains(":2", result.Error);
        Assert.Contains("'value'", result.Error);
        Assert.Contains("twelve", result.Error);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories).Any(), "nothing may be written");
    }

    [Fact]
    public void A_missing_column_names_the_file_and_the_column()
    {
        var (data, file, _) = BreakFirstValue(lines =>
        {
            var header = lines[0].Split(',').ToList();
            var period = header.FindIndex(h => h.Trim() == "period");
            return lines.Select(l => { var c = l.Split(',').ToList(); c.RemoveAt(period); return string.Join(',', c); }).ToArray();
        });
        var result = CliRunner.Run("build", "--data", data, "--out", Path.Combine(_dir, "out"), "--format", "docx");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Path.GetFileName(file), result.Error);
        Assert.Contains("period", result.Error);
    }
}
