using System.IO.Compression;

namespace ReportGen.Pdf.Office;

/// <summary>
/// Rejects inputs that cannot be Word documents before LibreOffice is bothered with them
/// (LibreOffice would otherwise import almost any file as plain text and "succeed").
/// </summary>
internal static class DocxInputCheck
{
    /// <summary>Returns <c>null</c> when <paramref name="path"/> looks like a DOCX package, else the reason it does not.</summary>
    public static string? Problem(string path)
    {
        if (!File.Exists(path))
        {
            return $"The DOCX file does not exist: {path}";
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var hasTypes = false;
            var hasBody = false;
            foreach (var entry in zip.Entries)
            {
                hasTypes |= string.Equals(entry.FullName, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase);
                hasBody |= string.Equals(entry.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase);
            }

            return hasTypes && hasBody
                ? null
                : $"{path} is a ZIP file but not a Word document (it has no [Content_Types].xml or word/document.xml).";
        }
        catch (InvalidDataException ex)
        {
            return $"{path} is not a DOCX file (not a readable ZIP package: {ex.Message}).";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{path} could not be read: {ex.Message}";
        }
    }
}
