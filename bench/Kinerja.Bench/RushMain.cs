using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Bench;

/// <summary>
/// The deadline-rush benchmark: generate N staff with their own accounts and forms in a fresh database,
/// run the app as a separate process on loopback, then the framework floor (/healthz) and the rush under
/// the same number of clients, and print throughput, latency percentiles, errors by status and the
/// server's peak RSS.
/// </summary>
public static class RushMain
{
    public static async Task RunAsync(string[] args)
    {
        var provider = args.ElementAtOrDefault(0)?.ToLowerInvariant() == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        int Arg(int i, int fallback) => int.Parse(args.ElementAtOrDefault(i) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var (staffCount, seconds, thinkMs, submitEvery) = (Arg(1, 500), Arg(2, 30), Arg(3, 0), Arg(4, 10));
        var duration = TimeSpan.FromSeconds(seconds);

        await using var pg = provider == DatabaseProvider.Postgres ? await PostgresServer.StartAsync() : null;
        var connection = pg is null ? null : await pg.CreateDatabaseAsync("rush");
        var dataPath = Path.Combine(Path.GetTempPath(), "kinerja-rush-" + Guid.NewGuid().ToString("N")[..8]);
        var repo = RepoRoot();

        // 1. Schema, demo seed and the rush's own data, by the app in this process; then it stops.
        var setup = Stopwatch.StartNew();
        List<Staff> staff;
        await using (var app = new BenchApp(provider, connection, dataPath))
        {
            using var http0 = new HttpClient { BaseAddress = new Uri(app.Start()), Timeout = TimeSpan.FromMinutes(5) };
            staff = await RushData.CreateAsync(app, http0, staffCount);
        }
        Console.Error.WriteLine($"data: {staffCount} staff, {staff.Count} forms × {RushData.IndicatorsPerUnit} rows in {setup.Elapsed.TotalSeconds:F0} s");

        // 2. The server on its own.
        await using var server = await ServerProcess.StartAsync(repo, provider, connection, dataPath);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = staffCount + 16, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(60),
        };
        // Sign-in is deliberately slow (password hashing) and not what the rush measures: every account signs in first.
        var tokens = new (Staff, string)[staff.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, staff.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, _) => tokens[i] = (staff[i], await BenchMain.Token(http, staff[i].UserName)));
        var kabid = await BenchMain.Token(http, RushData.Kabid);
        // Warm-up: every form read once (JIT, connection pool, caches), not counted.
        await Parallel.ForEachAsync(tokens, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (t, ct) =>
        {
            using var r = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/format-data/{t.Item1.FormatId}");
            r.Headers.Authorization = new("Bearer", t.Item2);
            (await http.SendAsync(r, ct)).EnsureSuccessStatusCode();
        });
        Console.Error.WriteLine($"ready after {setup.Elapsed.TotalSeconds:F0} s; server pid {server.Pid}, RSS {server.RssMb()} MB");

        // Requests still in flight when the time is up are waited for and counted, so rates use the real elapsed time.
        var clock = Stopwatch.StartNew();
        var floor = await Rush.FloorAsync(http, staffCount, duration, thinkMs);
        var (floorTime, floorPeak) = (clock.Elapsed, server.PeakRssMb());
        clock.Restart();
        var rush = await Rush.RunAsync(http, tokens, kabid, duration, thinkMs, submitEvery);
        var (rushTime, rushPeak) = (clock.Elapsed, server.PeakRssMb());

        Console.WriteLine($"# Deadline rush — {provider}, {staffCount} staff (own accounts), {seconds} s per case, think {thinkMs} ms, submit ~1 in {submitEvery} saves, {Environment.ProcessorCount} cores");
        Console.WriteLine("| case | request | count | req/s | p50 ms | p95 ms | p99 ms | errors (status×count) | server peak RSS MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var row in Rush.Rows("floor", floor, floorTime, floorPeak)) Console.WriteLine(row);
        foreach (var row in Rush.Rows("rush", rush, rushTime, rushPeak)) Console.WriteLine(row);
        try { Directory.Delete(dataPath, recursive: true); } catch (IOException) { }
    }

    private static string RepoRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Kinerja.slnx"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("Kinerja.slnx not found");
    }
}
