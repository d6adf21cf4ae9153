using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Docx.Refresh;

/// <summary>
/// How a generated element is recognised in a Word file: each of its body-level paragraphs and tables carries a hidden
/// bookmark "_RG_{key hash}_{part}_{fingerprint}" (a table carries it in its first cell). Hidden bookmarks are invisible
/// to readers, kept by Word, and kept by LibreOffice when a bookmark sits inside one paragraph (content-control tags are
/// dropped by LibreOffice 7.4, so bookmarks are the mark that survives both). The fingerprint is a hash of the text
/// (and image bytes and alt text) the generator wrote, so an edit inside the element can be told from a data change.
/// </summary>
public static class ElementMarks
{
    public const string Prefix = "_RG_";

    /// <summary>8 hex characters standing for an element key (bookmark names are limited to 40 characters).</summary>
    public static string KeyHash(string key) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 4);

    public static string Name(string keyHash, int part, string fingerprint) => $"{Prefix}{keyHash}_{part}_{fingerprint}";

    public static bool TryParse(string? name, out string keyHash, out int part, out string fingerprint)
    {
        keyHash = fingerprint = ""; part = 0;
        if (name is null || !name.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var bits = name[Prefix.Length..].Split('_');
        if (bits.Length != 3 || !int.TryParse(bits[1], out part)) return false;
        keyHash = bits[0]; fingerprint = bits[2];
        return true;
    }

    /// <summary>True when the paragraph or table already carries an element mark.</summary>
    public static bool IsMarked(OpenXmlElement element) =>
        element.Descendants<BookmarkStart>().Any(b => b.Name?.Value?.StartsWith(Prefix, StringComparison.Ordinal) == true);

    /// <summary>
    /// The fingerprint of a paragraph or table as a reader sees it with every tracked change accepted: its text,
    /// the alt text and bytes of its pictures. Field codes are left out, their shown results are kept.
    /// </summary>
    public static string Fingerprint(OpenXmlElement element, MainDocumentPart main) =>
        Hex(SHA256.HashData(Encoding.UTF8.GetBytes(AcceptedText(element, main, withImages: true))), 4);

    /// <summary>The text of a paragraph or table with tracked changes accepted (paragraphs end with a newline).</summary>
    public static string AcceptedText(OpenXmlElement element, MainDocumentPart? main = null, bool withImages = false)
    {
        var sb = new StringBuilder();
        Append(element, sb, main, withImages);
        return sb.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder sb, MainDocumentPart? main, bool withImages)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DeletedRun or MoveFromRun: continue;
                case Run r when r.RunProperties?.Vanish is not null: continue; // hidden text (a caption's SEQ field) is not read
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('-'); break;
                case DW.DocProperties d when withImages: sb.Append("[alt:").Append(d.Description?.Value).Append(']'); break;
                case A.Blip b when withImages && main is not null:
                    sb.Append("[img:").Append(ImageHash(main, b.Embed?.Value)).Append(']');
                    break;
                case Paragraph p:
                    // A paragraph whose mark was deleted joins the next one.
                    Append(p, sb, main, withImages);
                    if (p.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is null) sb.Append('\n');
                    break;
                case TableRow row when row.TableRowProperties?.GetFirstChild<Deleted>() is not null: continue;
                default:
                    if (child.HasChildren) Append(child, sb, main, withImages);
                    break;
            }
        }
    }

    private static string ImageHash(MainDocumentPart main, string? id)
    {
        if (id is null) return "";
        try
        {
            using var stream = main.GetPartById(id).GetStream(FileMode.Open, FileAccess.Read);
            return Hex(SHA256.HashData(stream), 6);
        }
        catch (ArgumentOutOfRangeException) { return "missing"; }
        catch (KeyNotFoundException) { return "missing"; }
    }

    /// <summary>The paragraph that carries a mark for a body element: the paragraph itself, or a table's first cell paragraph.</summary>
    public static Paragraph? MarkHolder(OpenXmlElement element) => element switch
    {
        Paragraph p => p,
        Table t => t.Descendants<Paragraph>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>Puts a mark (bookmark round the paragraph's content) on a paragraph or table.</summary>
    public static void Mark(OpenXmlElement element, string name, int bookmarkId)
    {
        var holder = MarkHolder(element);
        if (holder is null) return;
        var id = bookmarkId.ToString();
        var start = new BookmarkStart { Name = name, Id = id };
        if (holder.ParagraphProperties is { } ppr) ppr.InsertAfterSelf(start);
        else holder.PrependChild(start);
        holder.Append(new BookmarkEnd { Id = id });
    }

    private static string Hex(byte[] hash, int bytes) => Convert.ToHexStringLower(hash.AsSpan(0, bytes));
}
