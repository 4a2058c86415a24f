using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

/// <summary>The checks on samples handed over already sorted, and the wording of the checks on unsorted ones.</summary>
public class SortedSamplesInputTests
{
    [Fact]
    public void AnEmptySortedSampleIsRefusedByName()
    {
        var experiment = Assert.Throws<ArgumentException>(() => SortedSamples.FromSorted([], [1.0]));
        Assert.Equal("experiment", experiment.ParamName);
        Assert.StartsWith("experiment must hold at least one value", experiment.Message);

        var control = Assert.Throws<ArgumentException>(() => SortedSamples.FromSorted([1.0], []));
        Assert.Equal("control", control.ParamName);
        Assert.StartsWith("control must hold at least one value", control.Message);
    }

    [Theory]
    [InlineData(double.NegativeInfinity, 1.0)]
    [InlineData(0.25, double.PositiveInfinity)]
    [InlineData(double.NaN, 1.0)]
    public void ANonFiniteEndOfASortedSampleIsRefusedByName(double first, double last)
    {
        var experiment = Assert.Throws<ArgumentException>(() => SortedSamples.FromSorted([first, 0.5, last], [1.0]));
        Assert.Equal("experiment", experiment.ParamName);
        Assert.Contains("every value must be finite", experiment.Message);

        var control = Assert.Throws<ArgumentException>(() => SortedSamples.FromSorted([1.0], [first, 0.5, last]));
        Assert.Equal("control", control.ParamName);
        Assert.StartsWith($"control holds {(double.IsFinite(first) ? last : first)}; every value must be finite", control.Message);
    }

    [Fact]
    public void AnEmptySampleToSortIsRefusedWithItsName()
    {
        var error = Assert.Throws<ArgumentException>(() => SortedSamples.Create([], [1.0]));
        Assert.StartsWith("experiment must hold at least one value", error.Message);
    }
}
