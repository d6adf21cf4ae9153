using System.Text;

namespace ReportGen.Pdf.Office;

/// <summary>A cheap test that a file is a whole PDF: it starts with <c>%PDF-</c> and has <c>%%EOF</c> near its end.</summary>
internal static class PdfFileCheck
{
    /// <summary>True when <paramref name="path"/> exists and looks like a complete PDF file.</summary>
    public static bool LooksComplete(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length < 64)
            {
                return false;
            }

            using var stream = File.OpenRead(path);
            var head = new byte[5];
            stream.ReadExactly(head);
            if (Encoding.ASCII.GetString(head) != "%PDF-")
            {
                return false;
            }

            var tailLength = (int)Math.Min(1024, info.Length);
            var tail = new byte[tailLength];
            stream.Seek(-tailLength, SeekOrigin.End);
            stream.ReadExactly(tail);
            return Encoding.ASCII.GetString(tail).Contains("%%EOF", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
