using System.Text;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Data;

/// <summary>Opens data files for the readers, turning a file that cannot be opened into a diagnostic.</summary>
internal static class DataFiles
{
    /// <summary>Opens <paramref name="path"/> and passes the stream to <paramref name="read"/>; reports and returns <paramref name="whenUnreadable"/> if it cannot be opened.</summary>
    public static T Read<T>(string path, DiagnosticBag diagnostics, Func<Stream, T> read, T whenUnreadable)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, $"The file could not be opened: {e.Message}", path,
                fix: "Check the file exists and is not open in another program.");
            return whenUnreadable;
        }
        using (stream) return read(stream);
    }

    /// <summary>As <see cref="Read{T}"/> for a text file: UTF-8, or whatever encoding its byte-order mark names.</summary>
    public static T ReadText<T>(string path, DiagnosticBag diagnostics, Func<TextReader, T> read, T whenUnreadable) =>
        Read(path, diagnostics, stream =>
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return read(reader);
        }, whenUnreadable);
}
