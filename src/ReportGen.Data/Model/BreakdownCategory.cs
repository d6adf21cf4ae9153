namespace ReportGen.Data.Model;

/// <summary>One breakdown of an indicator, such as ("County &amp; UA deprivation deciles in England (IMD2015)", "Most deprived decile (IMD2015)").</summary>
public sealed record BreakdownCategory(string CategoryType, string Category);
