using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kinerja.Web.Infrastructure;

namespace Kinerja.Bench;

/// <summary>
/// The app as its own process (the Release build of src/Kinerja.Web, run by `dotnet`), so its memory is
/// measured from outside (/proc/&lt;pid&gt;/status) and is the server's alone, not the load generator's.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string BaseUrl { get; }
    public int Pid => _process.Id;

    private ServerProcess(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public static async Task<ServerProcess> StartAsync(string repoRoot, DatabaseProvider provider, string? connectionString, string dataPath)
    {
        var web = Path.Combine(repoRoot, "src", "Kinerja.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Kinerja.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("build the app in Release first (dotnet build -c Release bench/Kinerja.Bench)", dll);
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url]) { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["ConnectionStrings__Kinerja"] = connectionString ?? "";
        start.Environment["Kinerja__DataPath"] = dataPath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        // KINERJA_BENCH_SQL=1: the server logs every SQL command with its duration (to count round trips per request).
        if (Environment.GetEnvironmentVariable("KINERJA_BENCH_SQL") == "1")
            start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null && Environment.GetEnvironmentVariable("KINERJA_BENCH_SQL") == "1") Console.Error.WriteLine("[server] " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[server] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 240; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            try { if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode) return new ServerProcess(process, url); }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("the server did not answer /healthz within 2 minutes");
    }

    /// <summary>Peak resident memory of the server process so far (VmHWM), in MB.</summary>
    public long PeakRssMb() => ReadKb("VmHWM:") / 1024;

    public long RssMb() => ReadKb("VmRSS:") / 1024;

    private long ReadKb(string field)
    {
        var line = File.ReadLines($"/proc/{Pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line[field.Length..].Trim().Split(' ')[0]);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
