namespace Judge.Api.Accounts;

/// <summary>What an account can be used for: Kayenta's AccountCredentials.Type ("supportedTypes").</summary>
public enum AccountUse
{
    MetricsStore,
    ObjectStore,
    ConfigurationStore,
}

public static class AccountUseNames
{
    /// <summary>Kayenta's spelling, e.g. METRICS_STORE.</summary>
    public static string ToKayentaName(this AccountUse use) => use switch
    {
        AccountUse.MetricsStore => "METRICS_STORE",
        AccountUse.ObjectStore => "OBJECT_STORE",
        AccountUse.ConfigurationStore => "CONFIGURATION_STORE",
        _ => throw new ArgumentOutOfRangeException(nameof(use)),
    };

    public static bool TryParse(string? text, out AccountUse use)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "METRICS_STORE": use = AccountUse.MetricsStore; return true;
            case "OBJECT_STORE": use = AccountUse.ObjectStore; return true;
            case "CONFIGURATION_STORE": use = AccountUse.ConfigurationStore; return true;
            default: use = default; return false;
        }
    }
}
