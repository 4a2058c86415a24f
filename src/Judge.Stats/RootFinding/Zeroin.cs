namespace Judge.Stats.RootFinding;

/// <summary>
/// Brent's root finder exactly as R's <c>R_zeroin2</c> (behind <c>uniroot</c>) and Kayenta's port of it take each
/// step. The interval bounds and estimates are roots of a step function found to an absolute tolerance, so the
/// point returned depends on the exact path; every assignment below is sequential and in R's order.
/// </summary>
internal static class Zeroin
{
    public const double Epsilon = 2.220446049250313e-16;

    /// <summary>Returns the last iterate; non-convergence after <paramref name="maxIterations"/> is not an error,
    /// as in uniroot's caller here.</summary>
    public static double Find(double ax, double bx, double fa, double fb, Func<double, double> f,
        double tolerance, int maxIterations)
    {
        var a = ax;
        var b = bx;
        var c = a;
        var fc = fa;
        if (fa == 0)
            return a;
        if (fb == 0)
            return b;

        for (var remaining = maxIterations + 1; remaining > 0; remaining--)
        {
            var previousStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                // Keep b the best approximation so far.
                a = b; b = c; c = a;
                fa = fb; fb = fc; fc = fa;
            }
            var tolAct = 2 * Epsilon * Math.Abs(b) + tolerance / 2;
            var newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tolAct || fb == 0)
                return b;

            if (Math.Abs(previousStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var cb = c - b;
                if (a == c)
                {
                    // Two distinct points: secant step.
                    var t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    // Inverse quadratic interpolation.
                    q = fa / fc;
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0)
                    q = -q;
                else
                    p = -p;

                if (p < 0.75 * cb * q - Math.Abs(tolAct * q) / 2 && p < Math.Abs(previousStep * q / 2))
                    newStep = p / q;
            }

            if (Math.Abs(newStep) < tolAct)
                newStep = newStep > 0 ? tolAct : -tolAct;

            a = b;
            fa = fb;
            b += newStep;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }
        return b;
    }
}
