namespace Judge.Api.Tests.Walkthrough;

/// <summary>
/// A paced load that stops by itself: every tick one GET / at each target, for a fixed number of ticks. Pacing (instead
/// of back-to-back requests) gives every instance the same request rate whatever its latency.
/// </summary>
public static class BoundedLoad
{
    public static async Task RunAsync(IReadOnlyList<Uri> targets, int ticks, TimeSpan interval)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var requests = new List<Task>(ticks * targets.Count);
        using var timer = new PeriodicTimer(interval);
        for (var tick = 0; tick < ticks; tick++)
        {
            foreach (var target in targets)
                requests.Add(SendAsync(http, target));
            await timer.WaitForNextTickAsync();
        }
        await Task.WhenAll(requests);
    }

    /// <summary>500s are part of the walkthrough (SUCCESS_RATE); only a request that gets no answer fails the load.</summary>
    private static async Task SendAsync(HttpClient http, Uri target)
    {
        using var response = await http.GetAsync(target, HttpCompletionOption.ResponseContentRead);
    }
}
