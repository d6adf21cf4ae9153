namespace ReportGen.Pdf.Parsing;

/// <summary>A PDF name such as <c>/Type</c>, held without the slash.</summary>
internal sealed record PdfName(string Value)
{
    /// <inheritdoc />
    public override string ToString() => "/" + Value;
}
