namespace ReportGen.Statistics;

/// <summary>An area's position among comparable areas, read as "<see cref="Rank"/> of <see cref="Of"/>", e.g. 5th of 16.</summary>
/// <param name="Rank">1-based position; tied areas share the best position they cover (1, 2, 2, 4).</param>
/// <param name="Of">How many areas were ranked, the area itself included.</param>
public sealed record RankResult(int Rank, int Of);
