using System.Text.Json;
using Judge.Api.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Judge.Api.Tests.Deployment;

/// <summary>
/// `dotnet run` with nothing set listens on http://127.0.0.1:8090, and any listen setting replaces that default
/// instead of losing to it (ASPNETCORE_URLS itself is run for real in <see cref="ContainerContractTests"/>).
/// </summary>
public sealed class DefaultListenAddressTests
{
    private static string? ListenUrls(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.UseDefaultListenAddressUnlessConfigured();
        return builder.Configuration["urls"];
    }

    [Fact]
    public void Without_a_listen_setting_it_is_loopback_port_8090()
    {
        Assert.Equal("http://127.0.0.1:8090", ListenUrls());
    }

    [Fact]
    public void The_urls_argument_replaces_it()
    {
        Assert.Equal("http://0.0.0.0:9123", ListenUrls("--urls", "http://0.0.0.0:9123"));
    }

    [Theory]
    [InlineData("--Kestrel:Endpoints:Http:Url=http://0.0.0.0:9123")]
    [InlineData("--http_ports=9123")]
    public void Other_listen_settings_replace_it_too(string argument)
    {
        Assert.Null(ListenUrls(argument));
    }

    [Fact]
    public void Appsettings_json_names_no_listen_address_that_would_outrank_ASPNETCORE_URLS()
    {
        using var appsettings = JsonDocument.Parse(File.ReadAllText(RepositoryFolder.File("src/Judge.Api/appsettings.json")));

        var keys = appsettings.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.DoesNotContain(keys, key => key.Equals("urls", StringComparison.OrdinalIgnoreCase)
            || key.Equals("Kestrel", StringComparison.OrdinalIgnoreCase) || key.EndsWith("_ports", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void READMEs_first_command_names_the_default()
    {
        var runLine = File.ReadLines(RepositoryFolder.File("README.md")).First(l => l.StartsWith("dotnet run --project src/Judge.Api ", StringComparison.Ordinal));

        Assert.Contains(DefaultListenAddress.Url, runLine);
    }
}
