namespace ReportGen.Statistics.Tests;

/// <summary>Absolute and relative change between two periods.</summary>
public class ChangeTests
{
    [Fact]
    public void Absolute_change_is_later_minus_earlier()
    {
        Assert.Equal(2.5, Change.Absolute(10, 12.5));
        Assert.Equal(-4, Change.Absolute(10, 6));
    }

    [Fact]
    public void Relative_change_is_a_fraction_of_the_earlier_value()
    {
        Assert.Equal(0.25, Change.Relative(10, 12.5));
        Assert.Equal(-0.4, Change.Relative(10, 6)!.Value, 12);
        Assert.Equal(0.5, Change.Relative(-2, -1));
    }

    [Fact]
    public void Missing_or_zero_baselines_give_no_change()
    {
        Assert.Null(Change.Absolute(null, 5));
        Assert.Null(Change.Absolute(5, null));
        Assert.Null(Change.Relative(0, 5));
        Assert.Null(Change.Relative(null, 5));
    }
}
