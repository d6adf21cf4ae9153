using ReportGen.Data;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>validate --illustrative</c>: which data rows are still illustrative, per area and indicator, so a team can see
/// what is left to replace with published figures.
/// </summary>
internal static class IllustrativeReport
{
    /// <param name="areas">Areas asked for (code or name); empty for a one-line summary of every area with illustrative rows.</param>
    public static int Print(DataSet data, IReadOnlyList<string> areas, TextWriter output, TextWriter error)
    {
        var byArea = data.Values.All.GroupBy(v => v.AreaCode, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var total = data.Values.All.Count;
        var illustrative = data.Values.All.Count(v => v.Illustrative);
        output.WriteLine($"Illustrative rows: {illustrative} of {total} data rows are illustrative (not published figures).");
        if (areas.Count == 0)
        {
            foreach (var (code, rows) in byArea.Select(kv => (kv.Key, kv.Value)).Where(x => x.Value.Any(v => v.Illustrative))
                         .OrderByDescending(x => x.Value.Count(v => v.Illustrative)).ThenBy(x => x.Key, StringComparer.Ordinal))
                output.WriteLine($"  {code} {data.Areas.Find(code)?.Name}: {rows.Count(v => v.Illustrative)} of {rows.Count} rows illustrative");
            output.WriteLine("Name an area (validate --illustrative --area NAME) to list its illustrative rows by indicator.");
            return 0;
        }
        foreach (var name in areas)
        {
            var area = data.Areas.Find(name) ?? data.Areas.Find(name.Replace('-', ' '));
            if (area is null)
            {
                error.WriteLine($"error: '{name}' is not an area code or name in data/areas.csv. Fix: use a code such as E06000061 or a name such as \"North Northamptonshire\".");
                return 2;
            }
            var rows = byArea.GetValueOrDefault(area.Code) ?? [];
            output.WriteLine($"{area.Name} ({area.Code}): {rows.Count(v => v.Illustrative)} of {rows.Count} rows illustrative");
            foreach (var g in rows.GroupBy(v => v.IndicatorId).OrderByDescending(g => g.Count(v => v.Illustrative)).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var ill = g.Where(v => v.Illustrative).ToList();
                var where = string.Join(", ", ill.Select(v => v.Source?.File).OfType<string>().Select(Path.GetFileName).Distinct());
                output.WriteLine(ill.Count == 0
                    ? $"  {g.Key}: all {g.Count()} rows published"
                    : $"  {g.Key}: {ill.Count} of {g.Count()} rows illustrative ({string.Join(", ", ill.Select(v => v.Period.Label).Distinct().Order())}) in {where}");
            }
        }
        return 0;
    }
}
