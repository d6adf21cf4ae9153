using System.Text;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Data;

/// <summary>Opens data files for the readers, turning a file that cannot be opened into a diagnostic.</summary>
internal static class DataFiles
{
    /// <summary>Opens <paramref name="path"/> and passes the stream to <paramref name="read"/>; reports and returns <paramref name="whenUnreadable"/> if it cannot be opened.</summary>
    public static T Read<T>(string path, DiagnosticBag diagnostics, Func<Stream, T> read, T whenUnreadable)
    {
        if (Open(path, diagnostics) is not { } stream) return whenUnreadable;
        using (stream) return read(stream);
    }

    /// <summary>Opens a file for reading; null (with one error naming the file and why) when it cannot be opened.</summary>
    public static Stream? Open(string path, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(path))
        {
            diagnostics.Error(DataDiagnosticCodes.NotAFile, "This is a folder, but a data file was expected here.", path,
                fix: "Rename or move the folder; data files are plain files ending in .csv, .yaml or .xlsx.");
            return null;
        }
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, $"The file could not be opened: {ErrorText.Plain(e)}", path,
                fix: "Check the file exists, that you may read it, and that it is not open in another program.");
            return null;
        }
    }

    /// <summary>
    /// As <see cref="Read{T}"/> for a text file: UTF-8 (with or without a byte-order mark) or UTF-16 with a mark.
    /// Any other encoding is refused with a "save as UTF-8" error (see <see cref="TextEncodingCheck"/>).
    /// </summary>
    public static T ReadText<T>(string path, DiagnosticBag diagnostics, Func<TextReader, T> read, T whenUnreadable)
    {
        if (OpenText(path, diagnostics) is not { } reader) return whenUnreadable;
        using (reader) return read(reader);
    }

    /// <summary>Opens a text file after checking its encoding; null (reported) when it cannot be read.</summary>
    public static TextReader? OpenText(string path, DiagnosticBag diagnostics)
    {
        if (Open(path, diagnostics) is not { } stream) return null;
        bool ok;
        try
        {
            ok = TextEncodingCheck.Check(stream, path, diagnostics);
            stream.Position = 0;
        }
        catch (IOException e)
        {
            stream.Dispose();
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, $"The file could not be read: {ErrorText.Plain(e)}", path,
                fix: "Check the disk and that the file is not being written by another program.");
            return null;
        }
        if (!ok) { stream.Dispose(); return null; }
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
