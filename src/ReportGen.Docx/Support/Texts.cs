using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Support;

/// <summary>Small factories for text runs.</summary>
internal static class Texts
{
    /// <summary>A w:t that keeps leading and trailing spaces.</summary>
    public static Text T(string text) => new(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>A run of plain text with optional formatting (cloned).</summary>
    public static Run Run(string text, RunProperties? props = null)
    {
        var run = new Run();
        if (props is not null) run.Append((RunProperties)props.CloneNode(true));
        AppendText(run, text);
        return run;
    }

    /// <summary>Appends text to a run, turning newlines into breaks and tab characters into tabs.</summary>
    public static void AppendText(Run run, string text)
    {
        text = XmlText.Clean(text).Replace("\r\n", "\n").Replace('\r', '\n');
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\t') continue;
            if (i > start) run.Append(new Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            if (i < text.Length) run.Append(text[i] == '\n' ? new Break() : new TabChar());
            start = i + 1;
        }
    }

    /// <summary>Run properties for a character style plus optional direct formatting.</summary>
    public static RunProperties Props(string? characterStyle = null, bool bold = false, bool italic = false, bool superscript = false)
    {
        var rpr = new RunProperties();
        if (characterStyle is not null) rpr.RunStyle = new RunStyle { Val = characterStyle };
        if (bold) { rpr.Bold = new Bold(); rpr.BoldComplexScript = new BoldComplexScript(); }
        if (italic) { rpr.Italic = new Italic(); rpr.ItalicComplexScript = new ItalicComplexScript(); }
        if (superscript) rpr.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
        return rpr;
    }
}
