namespace ReportGen.Charts;

/// <summary>What a style colour is used for; decides the contrast it must reach.</summary>
public enum ColorUse
{
    /// <summary>Text or a thin line that must be read: 4.5:1.</summary>
    Text,
    /// <summary>Axis lines, outlines and other meaningful graphics: 3:1.</summary>
    Graphic,
    /// <summary>A fill that is always outlined and never the only cue: no minimum.</summary>
    OutlinedFill,
}
