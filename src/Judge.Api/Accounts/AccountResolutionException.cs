using Judge.Api.Problems;

namespace Judge.Api.Accounts;

/// <summary>Kayenta's "Unable to resolve account …": a 400.</summary>
public sealed class AccountResolutionException(string message)
    : ProblemException(StatusCodes.Status400BadRequest, "Unable to resolve account", message);
