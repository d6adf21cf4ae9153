using ReportGen.Templates.Liquid;

namespace ReportGen.Templates.Tests;

/// <summary>The Liquid step is strict and confined: typos, unknown filters, runaway loops and includes outside the templates folder are errors naming the place.</summary>
public sealed class LiquidStrictTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportgen-liquid-" + Guid.NewGuid().ToString("N"));
    private readonly string _report;
    private readonly string _partials;
    private readonly string _area;

    public LiquidStrictTests()
    {
        _report = Path.Combine(_root, "templates", "dana");
        _partials = Path.Combine(_report, "partials");
        _area = Path.Combine(_report, "areas", "testshire");
        Directory.CreateDirectory(_partials);
        Directory.CreateDirectory(_area);
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        File.WriteAllText(Path.Combine(_root, "data", "x.md"), "secret data");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly Dictionary<string, object?> Variables = new()
    {
        ["area"] = new Dictionary<string, object?> { ["name"] = "Testshire" },
        ["local"] = new OptionalValues(new Dictionary<string, object?> { ["council"] = "Testshire Council" }),
    };

    private (string? Output, TemplateError? Error) Render(string text, string file = "chapter.md") =>
        LiquidRenderer.Render(text, Path.Combine(_report, file), Variables, new TemplateFileSystem([_area, _partials], _report));

    [Fact]
    public void Known_names_and_optional_local_text_render()
    {
        var (output, error) = Render("{{ area.name }}: {% if local.council %}{{ local.council }}{% endif %}{% if local.missing %}X{% else %}none{% endif %}|{{ local.missing }}|");
        Assert.Null(error);
        Assert.Equal("Testshire: Testshire Councilnone||", output);
    }

    [Fact]
    public void A_typo_in_a_variable_is_an_error_with_line_and_column()
    {
        var (output, error) = Render("First line\nThe area is {{ are.name }}.");
        Assert.Null(output);
        Assert.NotNull(error);
        Assert.Contains("'are'", error!.Message);
        Assert.Equal(Path.Combine(_report, "chapter.md"), error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal(16, error.Column);
    }

    [Fact]
    public void An_unknown_field_is_an_error()
    {
        var (_, error) = Render("{{ area.nmae }}");
        Assert.NotNull(error);
        Assert.Contains("nmae", error!.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void An_unknown_filter_is_an_error_with_line_and_column()
    {
        var (output, error) = Render("Intro\n\n  {{ area.name | sentnce }}");
        Assert.Null(output);
        Assert.NotNull(error);
        Assert.Contains("sentnce", error!.Message);
        Assert.Equal(3, error.Line);
        Assert.Equal(18, error.Column);
    }

    [Fact]
    public void A_syntax_error_names_line_and_column()
    {
        var (_, error) = Render("ok\n{% if area.name %}never closed");
        Assert.NotNull(error);
        Assert.NotNull(error!.Line);
    }

    [Fact]
    public void A_huge_loop_stops_with_a_clear_error()
    {
        var (output, error) = Render("{% for i in (1..100000000) %}x{% endfor %}");
        Assert.Null(output);
        Assert.NotNull(error);
        Assert.Contains("loop far too large", error!.Message);

        var (nested, stepError) = Render("{% for i in (1..2000) %}{% for j in (1..2000) %}x{% endfor %}{% endfor %}");
        Assert.Null(nested);
        Assert.NotNull(stepError);
        Assert.Contains("steps", stepError!.Message);
    }

    [Fact]
    public void An_include_that_includes_itself_stops()
    {
        File.WriteAllText(Path.Combine(_partials, "loop.md"), "again {% include 'loop' %}");
        var (output, error) = Render("{% include 'loop' %}");
        Assert.Null(output);
        Assert.NotNull(error);
    }

    [Fact]
    public void The_area_file_overrides_the_shared_partial()
    {
        File.WriteAllText(Path.Combine(_partials, "services.md"), "shared");
        File.WriteAllText(Path.Combine(_area, "services.md"), "local {{ area.name }}");
        var (output, error) = Render("{% include 'services' %}");
        Assert.Null(error);
        Assert.Equal("local Testshire", output);
    }

    [Fact]
    public void An_error_inside_an_include_names_the_included_file()
    {
        File.WriteAllText(Path.Combine(_partials, "broken.md"), "Fine line\nBroken {{ are.name }} here");
        var (_, error) = Render("Start\n{% include 'broken' %}");
        Assert.NotNull(error);
        Assert.Equal(Path.Combine(_partials, "broken.md"), error!.File);
        Assert.Equal(2, error.Line);
        Assert.Equal(11, error.Column);
    }

    [Theory]
    [InlineData("../../data/x")]
    [InlineData("../../../data/x.md")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\..\\data\\x")]
    public void Includes_outside_the_templates_folder_are_refused(string name)
    {
        var (output, error) = Render("{% include '" + name + "' %}");
        Assert.Null(output);
        Assert.NotNull(error);
        Assert.Contains("refused", error!.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void A_symbolic_link_leading_out_of_the_templates_folder_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_partials, "escape.md"), Path.Combine(_root, "data", "x.md"));
        var (output, error) = Render("{% include 'escape' %}");
        Assert.Null(output);
        Assert.NotNull(error);
        Assert.Contains("symbolic link", error!.Message);
    }

    [Fact]
    public void Divided_by_gives_the_exact_quotient_for_whole_numbers()
    {
        var (output, error) = Render("{{ 482 | divided_by: 1333 | number: 3 }}");
        Assert.Null(error);
        Assert.Equal("0.362", output);
    }
}
