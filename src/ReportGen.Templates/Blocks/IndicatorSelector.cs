using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;

namespace ReportGen.Templates.Blocks;

/// <summary>Turns the indicator ids named in a block (<c>indicator:</c> and <c>indicators:</c>) into definitions.</summary>
public static class IndicatorSelector
{
    /// <summary>The known indicators, in order; each unknown id is reported through <paramref name="error"/> with a suggestion.</summary>
    public static List<IndicatorDefinition> Resolve(string? indicator, IReadOnlyList<string> indicators, string blockName,
        ReportContext context, Action<string, string> error)
    {
        var ids = indicator is not null ? [indicator, .. indicators] : indicators.ToList();
        var found = new List<IndicatorDefinition>();
        foreach (var id in ids)
        {
            if (context.Indicator(id) is { } definition) found.Add(definition);
            else error($"The {blockName} names an unknown indicator '{id}'.",
                "Use an id from data/indicators.yaml." + Suggestions.DidYouMean(id, context.Data.Indicators.All.Select(i => i.Id)));
        }
        return found;
    }
}
