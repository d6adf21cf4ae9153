using ReportGen.Documents;
namespace ReportGen.Html;

/// <summary>
/// The stylesheet, from the house style's fonts and colours. Every text colour is checked against the background
/// it sits on and darkened if needed, so text contrast is at least 4.5:1 whatever the house style says. Readable
/// from 320 px wide, with a print stylesheet (chapters on new pages, the data notice at the foot of every page).
/// </summary>
internal static class HtmlCss
{
    private const double Aa = 4.5;

    public static string Build(HousePalette s)
    {
        var white = Colour.White;
        var calloutFill = Colour.Parse(s.CalloutFill);
        var insightsFill = Colour.Parse(s.KeyInsightsFill);
        var emphasisFill = Colour.Parse(s.TableEmphasisFill);
        var headerFill = Colour.Parse(s.TableHeaderFill);
        var noticeFill = Colour.Parse(s.PrimaryColor);

        var text = Colour.Parse(s.TextColor).Readable(Aa, white, calloutFill, insightsFill, emphasisFill).Css;
        var primary = Colour.Parse(s.PrimaryColor).Readable(Aa, white, calloutFill, insightsFill).Css;
        var accent = Colour.Parse(s.AccentColor).Readable(Aa, white, calloutFill, insightsFill).Css;
        var link = Colour.Parse(s.LinkColor).Readable(Aa, white, calloutFill, insightsFill, emphasisFill).Css;
        var muted = Colour.Parse(s.MutedTextColor).Readable(Aa, white, calloutFill, insightsFill).Css;
        var headerText = Colour.Parse(s.TableHeaderTextColor).Readable(Aa, headerFill).Css;
        var noticeText = white.Readable(Aa, noticeFill).Css;
        var border = Colour.Parse(s.TableBorderColor).Css;

        var css = Template
            .Replace("{body-font}", FontStack(s.BodyFont))
            .Replace("{heading-font}", FontStack(s.HeadingFont))
            .Replace("{text}", text)
            .Replace("{primary}", primary)
            .Replace("{accent}", accent)
            .Replace("{link}", link)
            .Replace("{muted}", muted)
            .Replace("{header-fill}", headerFill.Css)
            .Replace("{header-text}", headerText)
            .Replace("{emphasis-fill}", emphasisFill.Css)
            .Replace("{border}", border)
            .Replace("{insights-fill}", insightsFill.Css)
            .Replace("{insights-border}", Colour.Parse(s.KeyInsightsBorderColor).Css)
            .Replace("{callout-fill}", calloutFill.Css)
            .Replace("{callout-border}", Colour.Parse(s.CalloutBorderColor).Css)
            .Replace("{notice-fill}", noticeFill.Css)
            .Replace("{notice-text}", noticeText);
        return css;
    }

    /// <summary>The house font first, then metric-compatible local fonts; nothing is downloaded.</summary>
    internal static string FontStack(string font)
    {
        var name = new string((font ?? "").Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').ToArray()).Trim();
        var fallbacks = "\"Liberation Sans\", Arial, Helvetica, sans-serif";
        return name.Length == 0 ? fallbacks : $"\"{name}\", {fallbacks}";
    }

    private const string Template = """
/* ReportGen web edition. Generated from the house style; edit the Word reference document, not this file. */
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: {body-font}; font-size: 1rem; line-height: 1.5; color: {text}; background: #ffffff; }
main { display: block; max-width: 50rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
main:focus { outline: none; }
p, li, figcaption, caption, td, th, summary { overflow-wrap: break-word; }
h1, h2, h3, h4, h5, h6 { font-family: {heading-font}; line-height: 1.25; margin: 2rem 0 0.75rem; }
h1 { font-size: 1.75rem; color: {primary}; border-bottom: 3px solid {accent}; padding-bottom: 0.25rem; margin-top: 3rem; }
h2 { font-size: 1.4rem; color: {accent}; }
h3 { font-size: 1.2rem; color: {primary}; }
h4, h5, h6 { font-size: 1.05rem; color: {accent}; }
.heading-number { font-weight: bold; }
a { color: {link}; text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 3px; }
a:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid #ffbf47; outline-offset: 0; background-color: #ffbf47; color: #0b0c0c; box-shadow: 0 4px #0b0c0c; }
.table-scroll:focus-visible { background-color: transparent; }
.skip-link { position: absolute; left: 0.5rem; top: -10rem; z-index: 10; padding: 0.5rem 1rem; background: #ffffff; color: {link}; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.page-header { background: {notice-fill}; color: {notice-text}; }
.data-notice { max-width: 50rem; margin: 0 auto; padding: 0.75rem 1rem; font-weight: bold; border-left: 0.5rem solid {notice-text}; }
.data-notice p { margin: 0; }
.print-footer { display: none; }
.cover { padding: 2rem 0 1.5rem; border-bottom: 1px solid {border}; margin-bottom: 1.5rem; }
.doc-title { font-family: {heading-font}; font-size: 2rem; font-weight: bold; line-height: 1.2; color: {primary}; margin: 0 0 0.5rem; }
.doc-subtitle { font-size: 1.35rem; color: {accent}; margin: 0 0 0.5rem; }
.doc-date { font-weight: bold; color: {muted}; }
.lead { font-size: 1.15rem; }
.source { font-size: 0.875rem; color: {muted}; margin: 0.25rem 0; }
.toc, .footnotes { margin: 1.5rem 0; }
.toc-title { font-family: {heading-font}; font-size: 1.4rem; font-weight: bold; color: {primary}; margin: 1.5rem 0 0.5rem; }
.toc ul { list-style: none; padding-left: 0; margin: 0; }
.toc ul ul { padding-left: 1.25rem; }
.toc li { margin: 0.3rem 0; }
figure { margin: 1.5rem 0; }
figcaption, caption { font-weight: bold; color: {primary}; text-align: left; margin-bottom: 0.5rem; }
.caption-number { font-weight: bold; }
.chart { margin: 0.5rem 0; overflow-x: auto; }
.chart-svg, .chart img { display: block; width: 100%; min-width: 30rem; max-width: 42rem; height: auto; }
details.chart-data { margin: 0.5rem 0 1rem; }
details.chart-data > summary { cursor: pointer; color: {link}; text-decoration: underline; padding: 0.25rem 0; }
.table-block { margin: 1.5rem 0; }
.table-scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { padding: 0.25rem 0; }
th, td { border: 1px solid {border}; padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: {header-fill}; color: {header-text}; font-weight: bold; }
tbody th { font-weight: normal; }
tr.emphasis th, tr.emphasis td { background: {emphasis-fill}; font-weight: bold; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
thead th.num { text-align: right; }
.centre { text-align: center; }
.strong { font-weight: bold; }
.callout { margin: 1.5rem 0; padding: 0.75rem 1rem; background: {callout-fill}; border-left: 0.4rem solid {callout-border}; }
.callout.key-insights { background: {insights-fill}; border: 2px solid {insights-border}; border-left-width: 0.4rem; }
.callout-title { font-family: {heading-font}; font-weight: bold; font-size: 1.1rem; color: {primary}; margin: 0 0 0.5rem; }
.callout > :last-child { margin-bottom: 0; }
.footnotes { border-top: 1px solid {border}; font-size: 0.9rem; }
.footnote-ref { line-height: 0; }
.footnote-back { margin-left: 0.25rem; }
@media (max-width: 30em) {
  main { padding: 0.75rem 0.75rem 2rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  .doc-title { font-size: 1.6rem; }
  table { font-size: 0.85rem; }
  th, td { padding: 0.25rem 0.35rem; }
}
@media print {
  @page { size: A4; margin: 2cm 2cm 2.8cm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .skip-link, .page-header { display: none; }
  .print-footer { display: block; position: fixed; bottom: 0; left: 0; right: 0; font-size: 8.5pt; font-weight: bold; border-top: 1px solid {border}; padding-top: 2pt; }
  .print-footer p { margin: 0; }
  h1 { break-before: page; }
  h1, h2, h3, h4, figcaption, caption, .callout-title { break-after: avoid; }
  figure, .callout, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: {text}; }
  .table-scroll, .chart { overflow: visible; }
  .chart-svg, .chart img { min-width: 0; }
  details.chart-data:not([open]) { display: none; }
  details.chart-data > summary { text-decoration: none; color: {text}; }
}
""";
}
