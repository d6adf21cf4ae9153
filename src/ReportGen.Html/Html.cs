using System.Net;

namespace ReportGen.Html;

/// <summary>Escaping for text and attribute values.</summary>
internal static class Html
{
    public static string Text(string? s) => WebUtility.HtmlEncode(s ?? "");

    public static string Attribute(string? s) => WebUtility.HtmlEncode(s ?? "");
}
