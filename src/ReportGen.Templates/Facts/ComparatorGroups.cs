using ReportGen.Data;
using ReportGen.Data.Model;

namespace ReportGen.Templates.Facts;

public static class ComparatorGroups
{
    /// <summary>The named comparator group of an area, or its first group when no name is given or found.</summary>
    public static ComparatorGroup? For(AreaRegistry registry, string areaCode, string? name)
    {
        var groups = registry.ComparatorGroups(areaCode);
        return groups.FirstOrDefault(g => name is not null && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? groups.FirstOrDefault();
    }
}
