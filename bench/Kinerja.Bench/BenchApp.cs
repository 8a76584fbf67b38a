using System.Net;
using System.Net.Sockets;
using Kinerja.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Kinerja.Bench;

/// <summary>The real app on Kestrel, loopback, with the demo seed; logging kept to warnings so it does not skew the numbers.</summary>
public sealed class BenchApp(DatabaseProvider provider, string? connectionString, string dataPath) : WebApplicationFactory<Program>
{
    public string Start()
    {
        // The factory finds the web project's folder by this variable when not run from a test project.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Kinerja.slnx"))) root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KINERJA_WEB",
            Path.Combine(root?.FullName ?? throw new InvalidOperationException("Kinerja.slnx not found"), "src", "Kinerja.Web"));
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        UseKestrel(port);
        StartServer();
        return $"http://127.0.0.1:{port}";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Kinerja", connectionString ?? "");
        builder.UseSetting("Kinerja:DataPath", dataPath);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }
}
