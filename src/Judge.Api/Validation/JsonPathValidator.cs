using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;

namespace Judge.Api.Validation;

/// <summary>
/// Base of Judge's validators: failures carry the JSON path of the field (camelCase, e.g. "metrics[2].name"), which the
/// problem's "errors" map is keyed by.
/// </summary>
public abstract class JsonPathValidator<T> : AbstractValidator<T>
{
    static JsonPathValidator()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
        {
            var chain = expression is null ? null : PropertyChain.FromExpression(expression);
            if (chain is { Count: > 0 })
                return string.Join('.', chain.ToString().Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
            return member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        };
    }
}
