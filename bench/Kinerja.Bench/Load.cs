using System.Diagnostics;

namespace Kinerja.Bench;

public sealed record LoadResult(double Throughput, int Errors, double[] LatenciesMs)
{
    public double P(int percentile) =>
        LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(percentile / 100.0 * LatenciesMs.Length) - 1)];
}

/// <summary>N clients each sending requests back to back for a fixed time; every latency recorded.</summary>
public static class Load
{
    public static async Task<LoadResult> RunAsync(HttpClient http, string token, string url, int clients, TimeSpan duration)
    {
        // A short warm-up so JIT and connection set-up do not count.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => OnceAsync(http, token, url)));
        var latencies = new List<double>[clients];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = latencies[c] = [];
            while (stop.Elapsed < duration)
            {
                var sw = Stopwatch.StartNew();
                if (!await OnceAsync(http, token, url)) Interlocked.Increment(ref errors);
                mine.Add(sw.Elapsed.TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length / stop.Elapsed.TotalSeconds, errors, all);
    }

    private static async Task<bool> OnceAsync(HttpClient http, string token, string url)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
