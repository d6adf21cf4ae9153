using ReportGen.Data.Model;

namespace ReportGen.Templates.Liquid;

/// <summary>An area as seen from a chapter: <c>{{ area.name }}</c>, <c>{{ area.ind.deaths_drug_misuse.value }}</c>.</summary>
public sealed class AreaDrop(Area area, ReportContext context)
{
    public string Name => area.Name;
    public string ShortName => area.DisplayName;
    public string Code => area.Code;
    public string Type => area.Type.ToString().ToLowerInvariant();
    public bool IsUnitary => area.Type == AreaType.Unitary;
    public bool IsCounty => area.Type == AreaType.County;
    public bool HasDistricts => context.Data.Areas.Children(area.Code).Any(a => a.Type == AreaType.District);
    public string RegionName => context.Data.Areas.RegionOf(area.Code)?.Name ?? "";

    public IList<AreaDrop> Districts => context.Data.Areas.Children(area.Code)
        .Where(a => a.Type == AreaType.District).Select(a => new AreaDrop(a, context)).ToList();

    /// <summary>Indicators for this area by id.</summary>
    public IndicatorsDrop Ind => new(area, context);
}

/// <summary>Looks up indicators by id; an unknown id is a template error naming the id.</summary>
public sealed class IndicatorsDrop(Area area, ReportContext context)
{
    public object? Lookup(string method)
    {
        var indicator = context.Indicator(method);
        if (indicator is null)
        {
            context.Diagnostics.Error("TPL020", $"Unknown indicator '{method}'.", context.Ledger.CurrentLocation,
                fix: $"Use an id from data/indicators.yaml.{Data.Diagnostics.Suggestions.DidYouMean(method, context.Data.Indicators.All.Select(i => i.Id))}");
            return AbsentValue.Instance;
        }
        return new IndicatorDrop(context.FactsFor(indicator, area), context);
    }
}
