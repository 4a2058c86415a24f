namespace Judge.Bench;

/// <summary>Goes round a pool of metrics, one per call, so that no metric is judged (or sorted) twice in a row.</summary>
internal sealed class MetricCursor(JudgeSpeedData[] pool)
{
    private int _next;

    public JudgeSpeedData Next()
    {
        var data = pool[_next];
        _next = (_next + 1) % pool.Length;
        return data;
    }
}
