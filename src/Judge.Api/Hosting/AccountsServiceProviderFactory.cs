namespace Judge.Api.Hosting;

/// <summary>
/// The default container, with the accounts registered just before it is built: every descriptor is registered by then,
/// a test host's own included (ConfigureContainer callbacks would run before those).
/// </summary>
internal sealed class AccountsServiceProviderFactory(IConfiguration judgeSection, bool validate) : IServiceProviderFactory<IServiceCollection>
{
    // What the host builds without a factory: scopes and registrations validated in Development only.
    private readonly DefaultServiceProviderFactory _default = new(new ServiceProviderOptions { ValidateScopes = validate, ValidateOnBuild = validate });

    public IServiceCollection CreateBuilder(IServiceCollection services) => _default.CreateBuilder(services).AddJudgeAccounts(judgeSection);

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => _default.CreateServiceProvider(containerBuilder);
}
