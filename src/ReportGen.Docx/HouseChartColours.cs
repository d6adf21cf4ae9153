namespace ReportGen.Docx;

/// <summary>
/// The parts of a house style that charts should share, as plain values so this project need not know the
/// chart library. Colours are "#RRGGBB". The caller maps them onto its chart style, for example
/// <c>ChartStyle.Default with { FontFamily = c.FontFamily, TextColor = RgbColor.Parse(c.TextColor),
/// FocusColor = RgbColor.Parse(c.FocusColor) }</c>, and checks the result's contrast as usual.
/// </summary>
/// <param name="FontFamily">The body font, for chart labels.</param>
/// <param name="TextColor">Body text colour, for chart text.</param>
/// <param name="FocusColor">The main brand colour (Heading 1), for the area the report is about.</param>
/// <param name="AccentColor">The accent colour (Heading 2), for a second emphasis where a chart needs one.</param>
/// <param name="BackgroundColor">The page colour charts sit on.</param>
public sealed record HouseChartColours(string FontFamily, string TextColor, string FocusColor, string AccentColor, string BackgroundColor);
