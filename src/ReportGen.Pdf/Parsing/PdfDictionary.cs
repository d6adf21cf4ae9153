namespace ReportGen.Pdf.Parsing;

/// <summary>A PDF dictionary; keys are names without the slash.</summary>
internal sealed class PdfDictionary : Dictionary<string, object?>
{
    /// <summary>The value for <paramref name="key"/>, or <c>null</c>.</summary>
    public object? Get(string key) => TryGetValue(key, out var value) ? value : null;

    /// <summary>True when <c>/Type</c> (or <c>/Subtype</c>) equals <paramref name="type"/>.</summary>
    public bool IsType(string type, string key = "Type") => Get(key) is PdfName name && name.Value == type;
}
