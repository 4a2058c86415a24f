using Judge.MetricSources;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>One judgement of the plan: when it runs and the experiment window it judges (the control's is offset per scope).</summary>
public sealed record PlannedJudgement(int Number, DateTimeOffset DueAt, DateTimeOffset WindowStart, DateTimeOffset WindowEnd);

/// <summary>
/// Kayenta's schedule of a standalone analysis (SetupAndExecuteCanariesStage), computed once when the analysis is
/// created. start = scopes[0].startTimeIso or now; lifetime = whole minutes to scopes[0].endTimeIso, else
/// lifetimeDurationMins; interval = analysisIntervalMins unless absent, 0 or longer than the lifetime; judgements =
/// ⌊lifetime / interval⌋. Window i ends at start + i·interval (+ beginAfter when no end time is given) and starts at
/// start, or at its end − lookbackMins when that is positive.
/// </summary>
/// <remarks>
/// Kayenta runs judgement i after beginAfter + i·interval of waiting (no interval waits when an end time is given).
/// Judge keeps that timing but never runs a judgement before its window has ended, so a window in the future is not
/// judged on data that does not exist yet.
/// </remarks>
public sealed record StandaloneAnalysisPlan(
    DateTimeOffset Start,
    DateTimeOffset? End,
    TimeSpan Lifetime,
    TimeSpan Interval,
    DateTimeOffset WarmupEndsAt,
    IReadOnlyList<PlannedJudgement> Judgements)
{
    /// <summary>The plan of a request the validator accepted (scopes[0] present, the lifetime known and ≥ 1 minute).</summary>
    public static StandaloneAnalysisPlan For(StandaloneAnalysisRequest request, DateTimeOffset now)
    {
        var first = request.Scopes![0]!;
        var start = IsoInstant.ParseOrNull(first.StartTimeIso) ?? now;
        var end = IsoInstant.ParseOrNull(first.EndTimeIso);
        var lifetime = LifetimeOf(start, end, request.LifetimeDurationMins)
            ?? throw new ArgumentException("The request has neither an end time nor a lifetime.", nameof(request));
        var interval = IntervalOf(request.AnalysisIntervalMins, lifetime);
        var warmup = TimeSpan.FromMinutes(request.BeginAfterMins);
        var lookback = TimeSpan.FromMinutes(request.LookbackMins);
        var count = interval <= TimeSpan.Zero ? 0 : (int)(lifetime.Ticks / interval.Ticks);

        var judgements = new List<PlannedJudgement>(count);
        for (var i = 1; i <= count; i++)
        {
            var shift = end is null ? warmup : TimeSpan.Zero;
            var windowEnd = start + interval * i + shift;
            var windowStart = lookback > TimeSpan.Zero ? windowEnd - lookback : start + shift;
            var kayentaDue = now + warmup + (end is null ? interval * i : TimeSpan.Zero);
            judgements.Add(new PlannedJudgement(i, Max(kayentaDue, windowEnd), windowStart, windowEnd));
        }
        return new StandaloneAnalysisPlan(start, end, lifetime, interval, now + warmup, judgements);
    }

    /// <summary>Whole minutes from start to end when an end is given, else the lifetime in minutes; null when neither is known.</summary>
    public static TimeSpan? LifetimeOf(DateTimeOffset start, DateTimeOffset? end, long? lifetimeDurationMins) =>
        end is { } e ? TimeSpan.FromMinutes(Math.Floor((e - start).TotalMinutes))
        : lifetimeDurationMins is { } minutes ? TimeSpan.FromMinutes(minutes)
        : null;

    public static TimeSpan IntervalOf(long? analysisIntervalMins, TimeSpan lifetime) =>
        analysisIntervalMins is { } minutes && minutes > 0 && TimeSpan.FromMinutes(minutes) <= lifetime
            ? TimeSpan.FromMinutes(minutes)
            : lifetime;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
