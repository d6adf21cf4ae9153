using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents;

namespace ReportGen.Docx.Parts;

/// <summary>
/// Writes docProps/core.xml (title, subject, creator, keywords, description, language) directly, at a fixed
/// part name and relationship id, so the output is byte-for-byte repeatable. It is the same part the package's
/// PackageProperties read back.
/// </summary>
internal static class CorePropertiesWriter
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";

    public static void Write(WordprocessingDocument package, DocumentProperties props)
    {
        var part = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        Element(xml, "dc", "title", Dc, props.Title);
        Element(xml, "dc", "subject", Dc, props.Subject);
        Element(xml, "dc", "creator", Dc, props.Author);
        Element(xml, "cp", "keywords", Cp, props.Keywords.Count == 0 ? null : string.Join("; ", props.Keywords));
        Element(xml, "dc", "description", Dc, props.Description);
        Element(xml, "dc", "language", Dc, props.Language);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Element(XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        xml.WriteElementString(prefix, name, ns, Support.XmlText.Clean(value));
    }
}
