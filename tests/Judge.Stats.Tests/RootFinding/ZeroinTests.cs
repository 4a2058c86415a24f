using Judge.Stats.RootFinding;

namespace Judge.Stats.Tests.RootFinding;

/// <summary>
/// The path of R's zeroin, step by step: the iteration budget, and which step (secant, inverse quadratic, bisection
/// or the minimal step) is taken where. The functions are scripted: f returns the listed values in turn, wherever it
/// is asked, so each case sets up exactly the comparison it pins; the points asked for are the path.
/// </summary>
public class ZeroinTests
{
    [Fact]
    public void AConvergedSearchStopsBeforeTheBudget()
    {
        var asked = 0;
        var root = Zeroin.Find(0, 1, -1, 1, x => { asked++; return x < 0.3 ? -1 : 1; }, 1e-12, 1000);

        Assert.InRange(asked, 2, 100);
        Assert.Equal(0.3, root, 1e-12);
    }

    [Fact]
    public void HalfABracketOfExactlyTheToleranceIsConverged()
    {
        // b = 0, so tolAct = tolerance / 2 = 0.5 = (c − b) / 2: R stops there (|new_step| <= tol_act) without asking f.
        var (asked, root) = Run(1, 0, -1, 1, [1], 1);

        Assert.Empty(asked);
        Assert.Equal(0, root);
    }

    [Fact]
    public void NoInterpolationRightAfterAStepShorterThanTheTolerance()
    {
        // The third step (1 → 1.125) is the minimal one, shorter than the next tolAct: the fourth must bisect even
        // though f improved (R: |prev_step| >= tol_act && |fa| > |fb|).
        var (asked, root) = Run(0, 2, -0.5, 0.5, [-0.75, 4, -0.125, -0.75], 0.25);

        Assert.Equal([1, 1.6, 1.1250000000000004, 1.3625000000000003], asked);
        Assert.Equal(1.3625000000000003, root);
    }

    [Fact]
    public void APreviousStepOfExactlyTheToleranceStillAllowsInterpolation()
    {
        var (asked, root) = Run(0, 4, -3, 2, [-0.75, -0.125], 1);

        Assert.Equal([2.4, 2.9000000000000012, 3.4000000000000026], asked);
        Assert.Equal(3.4000000000000026, root);
    }

    [Fact]
    public void TheAcceptanceMarginScalesTheToleranceByQ()
    {
        // The fifth step is an interpolation accepted against 0.75·cb·q − |tolAct·q|/2; with |tolAct/q|/2 it would be refused.
        var (asked, root) = Run(0, 4, -3, 4, [-0.25, -1.5, -0.75, -0.25], 0.5);

        Assert.Equal([1.7142857142857142, 1.9642857142857149, 2.9821428571428577, 3.491071428571429, 3.7410714285714306], asked);
        Assert.Equal(3.7410714285714306, root);
    }

    [Fact]
    public void AnInterpolatedStepOfExactlyHalfThePreviousStepIsRefused()
    {
        var (asked, root) = Run(0, 3, -1, 0.5, [3, -2, -3], 1);

        Assert.Equal([2, 1], asked);
        Assert.Equal(1, root);
    }

    [Fact]
    public void AnInterpolatedStepThatUnderflowsToZeroBecomesTheMinimalStepDownward()
    {
        // b = 0 with f(b) = 1e-320 against f(c = 1e-5) = −1: the secant step 1e-5 · (−1e-320) underflows to zero, which
        // passes the acceptance test, and a zero step becomes −tolAct (R: new_step > 0 ? tol_act : −tol_act).
        var asked = new List<double>();
        Zeroin.Find(1e-5, 0, -1, 1e-320, x => { asked.Add(x); return -1; }, 1e-12, 0);

        Assert.Equal([-5e-13], asked);
    }

    [Fact]
    public void AnInterpolatedStepThatUnderflowsToZeroAwayFromTheBracketIsABisection()
    {
        // Mirrored (c = 0 below b = 1e-5): the zero step fails the acceptance test, so the step is the bisection.
        var asked = new List<double>();
        Zeroin.Find(0, 1e-5, -1, 1e-320, x => { asked.Add(x); return -1; }, 1e-12, 0);

        Assert.Equal([5e-6], asked);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    [InlineData(5, 6)]
    public void TheBudgetIsMaxIterationsPlusOneEvaluations(int maxIterations, int evaluations)
    {
        // A step at 0.3 is never hit exactly: at a tolerance of 1e-12 the search needs about 40 steps.
        var asked = new List<double>();
        double Step(double x)
        {
            asked.Add(x);
            return x < 0.3 ? -1 : 1;
        }

        var root = Zeroin.Find(0, 1, -1, 1, Step, 1e-12, maxIterations);

        Assert.Equal(evaluations, asked.Count);
        Assert.Equal(asked[^1], root);
    }

    private static (double[] Asked, double Root) Run(double ax, double bx, double fa, double fb, double[] values,
        double tolerance)
    {
        var asked = new List<double>();
        var root = Zeroin.Find(ax, bx, fa, fb, x =>
        {
            asked.Add(x);
            return values[Math.Min(asked.Count, values.Length) - 1];
        }, tolerance, 1000);
        return ([.. asked], root);
    }
}
