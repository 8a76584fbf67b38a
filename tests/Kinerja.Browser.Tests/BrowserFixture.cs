using System.Net;
using System.Net.Sockets;
using Kinerja.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// The app on a real loopback port (Kestrel, SQLite file, demo seed) and Debian's Chromium driven
/// by Playwright. Chromium is never downloaded: a missing /usr/bin/chromium fails the tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "Kinerja#2026";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "kinerja-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private App? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    /// <summary>The app's clock: the system's, unless a journey pins it to a known moment (and unpins it after).</summary>
    public BrowserClock Clock { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public static string Screenshots { get; } = Path.Combine(RepoRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} not found: install Debian's chromium (./test.sh does: apt-get install -y chromium).");
        Directory.CreateDirectory(Screenshots);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _app = new App(_data, Clock);
        _app.UseKestrel(port);
        _app.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies) with a page at 1280×900.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = BaseUrl, Locale = "id-ID" });
        return await context.NewPageAsync();
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Kinerja.slnx) not found");
    }

    private sealed class App(string dataPath, TimeProvider time) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
            builder.UseSetting("Kinerja:DataPath", dataPath);
            builder.UseSetting("Kinerja:DemoPassword", DemoPassword);
            builder.ConfigureTestServices(s => s.AddSingleton(time));
        }
    }
}

/// <summary>System time, or a pinned moment a journey sets and moves (a step finished late by a known amount).</summary>
public sealed class BrowserClock : TimeProvider
{
    public DateTimeOffset? Pinned { get; set; }

    public override DateTimeOffset GetUtcNow() => Pinned ?? System.GetUtcNow();
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
