namespace ReportGen.Pdf.Tests.Support;

/// <summary>Tests that start LibreOffice run one class at a time (the machine has two cores) and share one batch.</summary>
[CollectionDefinition(Name)]
public sealed class LibreOfficeCollection : ICollectionFixture<ConversionFixture>
{
    public const string Name = "LibreOffice";
}
