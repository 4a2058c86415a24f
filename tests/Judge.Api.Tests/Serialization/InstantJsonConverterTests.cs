using System.Text.Json;
using Judge.Api.Json;
using Judge.Api.Model;

namespace Judge.Api.Tests.Serialization;

public sealed class InstantJsonConverterTests
{
    [Theory]
    [InlineData("\"2020-07-27T19:17:36Z\"", "\"2020-07-27T19:17:36Z\"")]
    [InlineData("\"2020-07-27T21:17:36+02:00\"", "\"2020-07-27T19:17:36Z\"")]
    [InlineData("\"2020-07-27T19:17:36.5Z\"", "\"2020-07-27T19:17:36.500Z\"")]
    public void Scope_times_are_written_back_in_utc_with_z_as_kayenta_does(string sent, string written)
    {
        var scope = JsonSerializer.Deserialize<CanaryScope>($"{{\"scope\":\"canary\",\"start\":{sent},\"step\":60}}", KayentaJson.Options)!;

        var json = JsonSerializer.Serialize(scope, KayentaJson.Options);

        Assert.Contains($"\"start\":{written}", json);
    }

    [Fact]
    public void A_time_that_is_not_iso_is_a_json_error()
    {
        Assert.ThrowsAny<JsonException>(() =>
            JsonSerializer.Deserialize<CanaryScope>("{\"start\":\"yesterday\"}", KayentaJson.Options));
    }
}
