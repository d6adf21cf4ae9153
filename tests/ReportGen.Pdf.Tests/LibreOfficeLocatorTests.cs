namespace ReportGen.Pdf.Tests;

public sealed class LibreOfficeLocatorTests
{
    [Fact]
    public void Environment_variable_wins_over_path_and_install_folders()
    {
        var env = new Dictionary<string, string?>
        {
            [LibreOfficeLocator.EnvironmentVariable] = "/custom/lo/soffice",
            ["PATH"] = "/usr/bin",
        };
        var found = LibreOfficeLocator.TryLocate(k => env.GetValueOrDefault(k), p => p is "/custom/lo/soffice" or "/usr/bin/soffice");
        Assert.Equal(Path.GetFullPath("/custom/lo/soffice"), found);
    }

    [Fact]
    public void Falls_back_to_the_usual_install_folder()
    {
        var found = LibreOfficeLocator.TryLocate(_ => null, p => p == "/usr/lib/libreoffice/program/soffice");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal("/usr/lib/libreoffice/program/soffice", found);
        }
    }

    [Fact]
    public void Returns_null_when_nothing_exists()
    {
        Assert.Null(LibreOfficeLocator.TryLocate(_ => null, _ => false));
    }

    [Fact]
    public void Install_instructions_say_how_to_install()
    {
        var text = LibreOfficeLocator.InstallInstructions;
        Assert.Contains(OperatingSystem.IsWindows() ? "libreoffice.org" : "libreoffice-writer-nogui", text);
        Assert.Contains(LibreOfficeLocator.EnvironmentVariable, text);
    }

    [Fact]
    public void Missing_configured_path_gives_a_clear_error()
    {
        var ex = Assert.Throws<LibreOfficeNotFoundException>(() => new PdfConverter(new PdfConverterOptions { SofficePath = "/no/such/soffice" }));
        Assert.Contains("/no/such/soffice", ex.Message);
        Assert.Contains(LibreOfficeLocator.InstallInstructions, ex.Message);
    }
}
