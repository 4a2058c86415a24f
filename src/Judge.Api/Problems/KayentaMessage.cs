namespace Judge.Api.Problems;

/// <summary>
/// Kayenta's error body is <c>{"message": …}</c>, and its clients and tests read <c>$.message</c>: every problem
/// carries it beside <c>detail</c>, with the same text.
/// </summary>
public static class KayentaMessage
{
    public const string Property = "message";

    public static void AddTo(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions[Property] = problem.Detail ?? problem.Title ?? "The request failed.";
    }
}
