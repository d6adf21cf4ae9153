using System.Security;
using System.Text;

namespace ReportGen.Pdf.Office;

/// <summary>
/// A private folder for one office process: <c>reportgen-lo-&lt;guid&gt;</c> holding the LibreOffice user profile
/// (<c>profile/</c>), the job queue read by the resident macro (<c>queue/</c>) and the converted files (<c>out/</c>).
/// Deleting it removes every trace of the process.
/// </summary>
internal sealed class OfficeProfile : IDisposable
{
    /// <summary>Library and module holding the resident worker macro.</summary>
    public const string MacroModule = "ReportGenWorker";

    private OfficeProfile(string root)
    {
        Root = root;
        ProfileDir = Path.Combine(root, "profile");
        QueueDir = Path.Combine(root, "queue");
        OutputDir = Path.Combine(root, "out");
        InputDir = Path.Combine(root, "in");
        Directory.CreateDirectory(ProfileDir);
        Directory.CreateDirectory(QueueDir);
        Directory.CreateDirectory(OutputDir);
        Directory.CreateDirectory(InputDir);
        OfficeOwnership.RecordOwner(root);
    }

    /// <summary>The folder itself; its name is unique and is used to find the process's children on kill.</summary>
    public string Root { get; }

    /// <summary>The LibreOffice user installation folder.</summary>
    public string ProfileDir { get; }

    /// <summary>Where job files for the resident macro are written.</summary>
    public string QueueDir { get; }

    /// <summary>Where LibreOffice writes PDFs.</summary>
    public string OutputDir { get; }

    /// <summary>Where the command-line engine puts copies of the inputs.</summary>
    public string InputDir { get; }

    /// <summary>The <c>-env:UserInstallation=...</c> argument for this profile.</summary>
    public string UserInstallationArgument => "-env:UserInstallation=" + ToFileUrl(ProfileDir);

    /// <summary>Creates a new empty private folder under <paramref name="workRoot"/> (or the temp folder).</summary>
    public static OfficeProfile Create(string? workRoot)
    {
        var parent = string.IsNullOrWhiteSpace(workRoot) ? Path.GetTempPath() : Path.GetFullPath(workRoot);
        Directory.CreateDirectory(parent);
        return new OfficeProfile(Path.Combine(parent, "reportgen-lo-" + Guid.NewGuid().ToString("N")));
    }

    /// <summary>An absolute <c>file://</c> URL for a local path, percent-encoded so it is plain ASCII.</summary>
    public static string ToFileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>
    /// Writes a minimal user profile that holds the resident worker macro and tells LibreOffice the profile is
    /// already set up (so it does not copy its presets over our Basic library on first start).
    /// </summary>
    public void InstallResidentMacro(PdfExportSettings export)
    {
        var user = Path.Combine(ProfileDir, "user");
        var basic = Path.Combine(user, "basic");
        var standard = Path.Combine(basic, "Standard");
        Directory.CreateDirectory(standard);

        const string header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        WriteUtf8(Path.Combine(user, "registrymodifications.xcu"), header +
            "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n" +
            "<item oor:path=\"/org.openoffice.Setup/Office\"><prop oor:name=\"ooSetupInstCompleted\" oor:op=\"fuse\"><value>true</value></prop></item>\n" +
            "</oor:items>\n");

        foreach (var kind in new[] { "script", "dialog" })
        {
            WriteUtf8(Path.Combine(basic, kind + ".xlc"), header +
                "<!DOCTYPE library:libraries PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"libraries.dtd\">\n" +
                "<library:libraries xmlns:library=\"http://openoffice.org/2000/library\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n" +
                " <library:library library:name=\"Standard\" library:link=\"false\"/>\n" +
                "</library:libraries>\n");
        }

        WriteUtf8(Path.Combine(standard, "dialog.xlb"), header +
            "<!DOCTYPE library:library PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"library.dtd\">\n" +
            "<library:library xmlns:library=\"http://openoffice.org/2000/library\" library:name=\"Standard\" library:readonly=\"false\" library:passwordprotected=\"false\"/>\n");
        WriteUtf8(Path.Combine(standard, "script.xlb"), header +
            "<!DOCTYPE library:library PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"library.dtd\">\n" +
            "<library:library xmlns:library=\"http://openoffice.org/2000/library\" library:name=\"Standard\" library:readonly=\"false\" library:passwordprotected=\"false\">\n" +
            " <library:element library:name=\"" + MacroModule + "\"/>\n" +
            "</library:library>\n");
        WriteUtf8(Path.Combine(standard, MacroModule + ".xba"), header +
            "<!DOCTYPE script:module PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"module.dtd\">\n" +
            "<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"" + MacroModule + "\" script:language=\"StarBasic\">" +
            SecurityElement.Escape(ResidentMacro.Source(export)) +
            "</script:module>\n");
    }

    /// <summary>Deletes the folder, retrying briefly while a dying process still holds files.</summary>
    public void Dispose()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(Root))
                {
                    Directory.Delete(Root, recursive: true);
                }

                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static void WriteUtf8(string path, string text) =>
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
