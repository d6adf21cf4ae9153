using ReportGen.Data.Model;

namespace ReportGen.Templates.Blocks;

/// <summary>
/// Turns the area words used in blocks into areas: <c>area</c>, <c>region</c>, <c>england</c>, <c>districts</c>,
/// <c>comparators</c>, <c>upper_tier</c>, or explicit codes. Unknown words are reported by the caller.
/// </summary>
public static class AreaSelector
{
    /// <param name="kindWords">Area words a chart kind adds (a map's <c>neighbours</c>): the areas, or null for a word it does not know.</param>
    public static IReadOnlyList<Area> Resolve(IEnumerable<string> selectors, ReportContext context, Action<string> unknown,
        Func<string, IEnumerable<Area>?>? kindWords = null)
    {
        var result = new List<Area>();
        foreach (var s in selectors)
        {
            switch (s.Trim().ToLowerInvariant())
            {
                case "area": result.Add(context.Area); break;
                case "region": if (context.Region is not null) result.Add(context.Region); break;
                case "england": result.Add(context.England); break;
                case "districts": result.AddRange(context.Districts); break;
                case "comparators":
                    var group = Facts.ComparatorGroups.For(context.Data.Areas, context.Area.Code, context.Content.ComparatorGroup ?? context.Definition.Comparators.Group);
                    if (group is not null) result.AddRange(group.AreaCodes.Select(context.Data.Areas.Find).OfType<Area>());
                    break;
                default:
                    if (kindWords?.Invoke(s.Trim().ToLowerInvariant()) is { } added) { result.AddRange(added); break; }
                    var area = context.Data.Areas.Find(s.Trim());
                    if (area is null) unknown(s); else result.Add(area);
                    break;
            }
        }
        return result.DistinctBy(a => a.Code).ToList();
    }
}
