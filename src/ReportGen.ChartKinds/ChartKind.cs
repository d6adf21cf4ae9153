namespace ReportGen.ChartKinds;

/// <summary>
/// Base of every chart kind: the template word, how the spec is built from the data, and how it is drawn and
/// described. A kind is one folder in this project plus one line in <see cref="ChartKindCatalog"/>.
/// </summary>
public abstract class ChartKind<TSpec> : ChartDrawing<TSpec>, IChartKind where TSpec : ChartSpec
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>By default a chart shows the area, its region and England.</summary>
    public virtual IReadOnlyList<string> DefaultAreas(ChartBlockOptions options) => ["area", "region", "england"];

    /// <summary>No area words of its own by default.</summary>
    public virtual IEnumerable<Area>? AreasFor(string word, ReportContext context) => null;

    /// <summary>None by default; a kind that answers <see cref="AreasFor"/> names its words here.</summary>
    public virtual IReadOnlyList<string> AreaWords => [];

    /// <inheritdoc />
    public abstract ChartSpec? Build(ChartRequest request);
}
