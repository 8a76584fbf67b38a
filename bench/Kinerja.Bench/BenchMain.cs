using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Bench;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Bench;

/// <summary>Entry point (not top-level statements: the web app already has a Program type).</summary>
public static class BenchMain
{
    public static async Task Main(string[] args)
    {
        // dotnet run -c Release --project bench/Kinerja.Bench -- [sqlite|postgres] [clients] [seconds]
        // dotnet run -c Release --project bench/Kinerja.Bench -- rush [sqlite|postgres] [staff] [seconds] [think ms] [submit every n-th save]
        if (args.ElementAtOrDefault(0) == "rush")
        {
            await RushMain.RunAsync(args.Skip(1).ToArray());
            return;
        }
        var provider = args.ElementAtOrDefault(0)?.ToLowerInvariant() == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var clients = int.Parse(args.ElementAtOrDefault(1) ?? "50", CultureInfo.InvariantCulture);
        var seconds = int.Parse(args.ElementAtOrDefault(2) ?? "15", CultureInfo.InvariantCulture);

        await using var pg = provider == DatabaseProvider.Postgres ? await PostgresServer.StartAsync() : null;
        var dataPath = Path.Combine(Path.GetTempPath(), "kinerja-bench-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = new BenchApp(provider, pg is null ? null : await pg.CreateDatabaseAsync("bench"), dataPath);
        var baseUrl = app.Start();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(baseUrl) };
        var token = await Token(http, "kasubag.bpbd");
        var renstra = (await Get(http, token, "/api/v1/renstra")).EnumerateArray().First().GetProperty("id").GetInt32();

        Console.WriteLine($"# Kinerja load — {provider}, {clients} concurrent clients, {seconds} s per scenario, {Environment.ProcessorCount} cores");
        Console.WriteLine("| scenario | requests/s | p50 ms | p95 ms | p99 ms | errors | peak working set MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, url) in new[]
                 {
                     ("framework floor: GET /css/site.css (static file, no auth, no database)", "/css/site.css"),
             ("GET /healthz (one COUNT query)", "/healthz"),
                     ("GET /api/v1/units (scoped list, bearer)", "/api/v1/units"),
                     ($"GET /api/v1/renstra/{{id}} (plan tree, 9 indicators)", $"/api/v1/renstra/{renstra}"),
                 })
        {
            var result = await Load.RunAsync(http, token, url, clients, TimeSpan.FromSeconds(seconds));
            Console.WriteLine($"| {name} | {result.Throughput:F0} | {result.P(50):F1} | {result.P(95):F1} | {result.P(99):F1} | {result.Errors} | {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} |");
        }
        try { Directory.Delete(dataPath, recursive: true); } catch (IOException) { }
    }

    public static async Task<string> Token(HttpClient http, string user)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password = "Kinerja#2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> Get(HttpClient http, string token, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
