namespace Judge.Api.Execution;

public enum MetricSide { Control, Experiment }
