using ReportGen.Data.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// Decides whether a text file can be read as it is: UTF-8 with or without a byte-order mark, or UTF-16 with one.
/// Anything else (Latin-1 or Windows-1252 saved by an old spreadsheet, UTF-16 without a mark) would turn into
/// replacement characters or NUL bytes, so it is refused with the line of the first byte that does not fit.
/// The whole file is scanned in a streaming pass, so memory does not grow with its size.
/// </summary>
public static class TextEncodingCheck
{
    /// <summary>The code of the error for a file that is not UTF-8 or UTF-16 with a byte-order mark.</summary>
    public const string Code = "not-utf8";

    private const string Fix = "Save the file as UTF-8: in Excel, File > Save As > \"CSV UTF-8 (Comma delimited)\"; in a text editor, choose the UTF-8 encoding.";

    /// <summary>Checks the file; reports one error and returns false when it is not in an encoding this tool reads.</summary>
    public static bool Check(string path, DiagnosticBag diagnostics)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Check(stream, path, diagnostics);
    }

    /// <summary>As <see cref="Check(string, DiagnosticBag)"/> for a stream read from its start.</summary>
    public static bool Check(Stream stream, string fileName, DiagnosticBag diagnostics)
    {
        var buffer = new byte[1 << 16];
        int filled = ReadAtLeast(stream, buffer, 4);
        if (filled >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
            return true; // UTF-16 with a byte-order mark: StreamReader reads it.
        int start = filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;

        int line = 1, pending = 0;      // pending: continuation bytes still expected for the current character
        int lead = 0;                    // the lead byte of the current multi-byte character
        int position = start;
        while (filled > 0)
        {
            for (int i = position; i < filled; i++)
            {
                byte b = buffer[i];
                if (pending > 0)
                {
                    bool ok = (b & 0xC0) == 0x80
                        // Reject overlong forms and surrogates at the second byte, as a strict decoder does.
                        && !(lead == 0xE0 && pending == 2 && b < 0xA0) && !(lead == 0xED && pending == 2 && b > 0x9F)
                        && !(lead == 0xF0 && pending == 3 && b < 0x90) && !(lead == 0xF4 && pending == 3 && b > 0x8F);
                    if (!ok) return Refuse(fileName, line, b, diagnostics);
                    pending--;
                    continue;
                }
                if (b == 0)
                {
                    diagnostics.Error(Code, "The file holds NUL bytes, so it is not UTF-8 text: it looks like UTF-16 saved without a byte-order mark (or a binary file).",
                        fileName, line, fix: Fix);
                    return false;
                }
                if (b == (byte)'\n') { line++; continue; }
                if (b < 0x80) continue;
                lead = b;
                if (b >= 0xC2 && b <= 0xDF) pending = 1;
                else if (b >= 0xE0 && b <= 0xEF) pending = 2;
                else if (b >= 0xF0 && b <= 0xF4) pending = 3;
                else return Refuse(fileName, line, b, diagnostics);
            }
            position = 0;
            filled = stream.Read(buffer, 0, buffer.Length);
        }
        if (pending > 0) return Refuse(fileName, line, (byte)lead, diagnostics);
        return true;
    }

    private static bool Refuse(string fileName, int line, byte b, DiagnosticBag diagnostics)
    {
        diagnostics.Error(Code,
            $"The file is not UTF-8: byte 0x{b:X2} on this line is not valid UTF-8 (the file was probably saved as Latin-1 or Windows-1252, where accented letters and £ would be misread).",
            fileName, line, fix: Fix);
        return false;
    }

    private static int ReadAtLeast(Stream stream, byte[] buffer, int minimum)
    {
        int total = 0;
        while (total < minimum)
        {
            int n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
