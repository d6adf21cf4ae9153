namespace ReportGen.Charts.Tests;

/// <summary>Runs the timing test alone so its wall and CPU figures are not mixed with other tests.</summary>
[CollectionDefinition(nameof(TimingTests), DisableParallelization = true)]
public class TimingCollection;
