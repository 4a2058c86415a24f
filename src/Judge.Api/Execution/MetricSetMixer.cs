using Judge.Api.Model;
using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>
/// Pairs one metric's control and experiment series the way Kayenta's MetricSetMixerService does, then aligns each
/// series on its scope's time grid (Kayenta only pads; it never aligns timestamps).
/// </summary>
public static class MetricSetMixer
{
    /// <exception cref="MetricMixException">both sides are tagged, with different tag keys.</exception>
    public static IReadOnlyList<MetricSetPair> Mix(
        string metricName,
        IReadOnlyList<MetricSet> control,
        TimeGrid controlGrid,
        IReadOnlyList<MetricSet> experiment,
        TimeGrid experimentGrid)
    {
        var controlKeys = TagKeys(control);
        var experimentKeys = TagKeys(experiment);
        if (controlKeys.Count > 0 && experimentKeys.Count > 0 && !controlKeys.SetEquals(experimentKeys))
            throw new MetricMixException(
                $"Metric '{metricName}': control tag keys [{string.Join(", ", controlKeys.Order())}] differ from " +
                $"experiment tag keys [{string.Join(", ", experimentKeys.Order())}].");

        var controlSide = new Side(control, controlGrid);
        var experimentSide = new Side(experiment, experimentGrid);

        // A side holding only the untagged placeholder is a NaN template for every series of the tagged side.
        if (controlKeys.Count == 0 && experimentKeys.Count > 0)
            return experiment.Select(set => Pair(metricName, set.Tags, controlSide.Template(), experimentSide.Of(set))).ToList();
        if (experimentKeys.Count == 0 && controlKeys.Count > 0)
            return control.Select(set => Pair(metricName, set.Tags, controlSide.Of(set), experimentSide.Template())).ToList();

        var tagMaps = control.Concat(experiment)
            .Select(set => set.Tags)
            .DistinctBy(TagIdentity)
            .ToList();
        if (tagMaps.Count == 0)
            tagMaps.Add(new Dictionary<string, string>());

        return tagMaps.Select(tags => Pair(metricName, tags, controlSide.Find(tags), experimentSide.Find(tags))).ToList();
    }

    private static MetricSetPair Pair(string metricName, IReadOnlyDictionary<string, string> tags, Series control, Series experiment) => new()
    {
        Id = Guid.NewGuid().ToString(),
        Name = metricName,
        Tags = new SortedDictionary<string, string>(tags.ToDictionary(), StringComparer.Ordinal),
        Values = new() { Control = control.Values, Experiment = experiment.Values },
        Scopes = new() { Control = control.Scope, Experiment = experiment.Scope },
        Attributes = new() { Control = control.Attributes, Experiment = experiment.Attributes },
    };

    private static HashSet<string> TagKeys(IReadOnlyList<MetricSet> sets) =>
        sets.SelectMany(set => set.Tags.Keys).ToHashSet(StringComparer.Ordinal);

    /// <summary>Kayenta's identity of a set's tags: the pairs sorted by key.</summary>
    private static string TagIdentity(IReadOnlyDictionary<string, string> tags) =>
        string.Join("\u0001", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "\u0000" + t.Value));

    private sealed record Series(IReadOnlyList<double> Values, MetricSetScope Scope, IReadOnlyDictionary<string, string> Attributes);

    private sealed class Side(IReadOnlyList<MetricSet> sets, TimeGrid grid)
    {
        private readonly MetricSetScope scope = new()
        {
            StartTimeIso = IsoInstant.Format(grid.StartMillis),
            StartTimeMillis = grid.StartMillis,
            StepMillis = grid.StepMillis,
        };

        public Series Of(MetricSet set) => new(grid.Align(set), scope, set.Attributes);

        /// <summary>A series with no data, carrying the side's first set's attributes (the query that found nothing).</summary>
        public Series Template() =>
            new(grid.EmptyValues(), scope, sets.Count > 0 ? sets[0].Attributes : new Dictionary<string, string>());

        public Series Find(IReadOnlyDictionary<string, string> tags)
        {
            var identity = TagIdentity(tags);
            var match = sets.FirstOrDefault(set => TagIdentity(set.Tags) == identity);
            return match is null ? Template() : Of(match);
        }
    }
}
