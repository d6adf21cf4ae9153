namespace ReportGen.Documents;

/// <summary>
/// The default house style's fonts and colours (six-digit RGB hex), in one place for every edition: the Word and web
/// writers start from these, and a council's own reference document replaces them in both.
/// </summary>
public static class HouseStyleDefaults
{
    public const string BodyFont = "Arial";
    public const string HeadingFont = "Arial";
    public const string TextColor = "1A1A1A";
    public const string PrimaryColor = "1B365D";
    public const string AccentColor = "00677F";
    public const string LinkColor = "005EA5";
    public const string MutedTextColor = "4D4D4D";
    public const string TableHeaderFill = PrimaryColor;
    public const string TableHeaderTextColor = "FFFFFF";
    public const string TableEmphasisFill = "E8EEF4";
    public const string TableBorderColor = "A6A6A6";
    public const string KeyInsightsFill = "E6F2F4";
    public const string KeyInsightsBorderColor = AccentColor;
    public const string CalloutFill = "F1F3F7";
    public const string CalloutBorderColor = PrimaryColor;
}
