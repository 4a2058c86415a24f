using Microsoft.Extensions.Options;

namespace Judge.Api.Hosting;

public static class CheckedOptions
{
    /// <summary>
    /// <typeparamref name="T"/> bound from <paramref name="section"/> and checked against its data annotations when the
    /// host starts, so a setting out of range stops the start with its name rather than failing a request later.
    /// </summary>
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
