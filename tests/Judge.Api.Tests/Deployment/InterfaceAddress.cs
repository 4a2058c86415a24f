using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Judge.Api.Tests.Deployment;

/// <summary>
/// An IPv4 address of this machine that is not loopback: what a container's hostname resolves to, the address
/// <c>docker run -p</c> forwards to. A server listening on loopback only cannot be reached through it.
/// </summary>
public static class InterfaceAddress
{
    public static IPAddress NonLoopback() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException(
            "This machine has no non-loopback IPv4 address: the container tests need one to tell an any-address listener from a loopback one.");
}
