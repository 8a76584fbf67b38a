using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.Bench;

/// <summary>One request of the rush: what it was, how long it took, and its status (0 = no answer).</summary>
public readonly record struct Sample(string Op, double Ms, int Status);

/// <summary>
/// The deadline rush: each simulated staff member, signed in with their own account, loops for a fixed
/// time over GET their form → PUT a draft save of every row (with the row versions just read) → now and
/// then submit. A successful submission is returned at once by the Kepala Bidang's account (with a note),
/// so the form is editable again and the staff member keeps working, now with a reason on each save, as
/// after a real return. An optional think time (uniform 0.5–1.5 × the mean) separates the requests.
/// </summary>
public static class Rush
{
    public static async Task<List<Sample>> RunAsync(HttpClient http, IReadOnlyList<(Staff Staff, string Token)> staff, string kabidToken,
        TimeSpan duration, int thinkMs, double submitEvery)
    {
        var stop = Stopwatch.StartNew();
        var all = await Task.WhenAll(staff.Select((s, n) => Task.Run(async () =>
        {
            var mine = new List<Sample>();
            var rnd = new Random(n);
            var url = $"/api/v1/format-data/{s.Staff.FormatId}";
            while (stop.Elapsed < duration)
            {
                var (form, status) = await SendAsync(http, HttpMethod.Get, url, s.Token, null, "GET formulir", mine);
                await ThinkAsync(rnd, thinkMs);
                if (form is not { } f || stop.Elapsed >= duration) continue;
                var body = new
                {
                    alasan = "Pembaruan data menjelang batas waktu",
                    indikator = f.GetProperty("indikator").EnumerateArray().Select(r => new
                    {
                        id = r.GetProperty("id").GetInt32(), version = r.GetProperty("version").GetInt32(),
                        realisasi = 70 + rnd.Next(0, 2000) / 100m, faktorPendukung = $"Catatan pelaksanaan {rnd.Next(1000)}",
                    }).ToArray(),
                };
                var (saved, _) = await SendAsync(http, HttpMethod.Put, url, s.Token, body, "PUT simpan draf", mine);
                await ThinkAsync(rnd, thinkMs);
                if (saved is not { } sv || rnd.NextDouble() >= 1 / submitEvery || stop.Elapsed >= duration) continue;
                var (submitted, _) = await SendAsync(http, HttpMethod.Post, $"{url}/ajukan", s.Token, new { version = sv.GetProperty("version").GetInt32(), konfirmasi = true }, "POST ajukan", mine);
                if (submitted is { } sb)
                    await SendAsync(http, HttpMethod.Post, $"{url}/kembalikan", kabidToken,
                        new { version = sb.GetProperty("version").GetInt32(), catatan = "Periksa kembali angka realisasi" }, "POST kembalikan (Kabid)", mine);
                await ThinkAsync(rnd, thinkMs);
            }
            return mine;
        })));
        return all.SelectMany(x => x).ToList();
    }

    /// <summary>The framework floor under the same shape of load: N clients on GET /healthz with the same think time.</summary>
    public static async Task<List<Sample>> FloorAsync(HttpClient http, int clients, TimeSpan duration, int thinkMs)
    {
        var stop = Stopwatch.StartNew();
        var all = await Task.WhenAll(Enumerable.Range(0, clients).Select(n => Task.Run(async () =>
        {
            var mine = new List<Sample>();
            var rnd = new Random(n);
            while (stop.Elapsed < duration)
            {
                await SendAsync(http, HttpMethod.Get, "/healthz", null, null, "GET /healthz", mine);
                await ThinkAsync(rnd, thinkMs);
            }
            return mine;
        })));
        return all.SelectMany(x => x).ToList();
    }

    private static async Task<(JsonElement? Json, int Status)> SendAsync(HttpClient http, HttpMethod method, string url, string? token, object? body, string op, List<Sample> into)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(method, url);
            if (token is not null) request.Headers.Authorization = new("Bearer", token);
            if (body is not null) request.Content = JsonContent.Create(body);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            into.Add(new Sample(op, sw.Elapsed.TotalMilliseconds, (int)response.StatusCode));
            return (response.IsSuccessStatusCode && token is not null ? JsonDocument.Parse(bytes).RootElement.Clone() : null, (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            into.Add(new Sample(op, sw.Elapsed.TotalMilliseconds, 0));
            return (null, 0);
        }
    }

    private static Task ThinkAsync(Random rnd, int thinkMs) =>
        thinkMs <= 0 ? Task.CompletedTask : Task.Delay((int)(thinkMs * (0.5 + rnd.NextDouble())));

    /// <summary>Markdown rows: one per kind of request and one for all of them.</summary>
    public static IEnumerable<string> Rows(string label, List<Sample> samples, TimeSpan duration, long peakMb)
    {
        foreach (var g in samples.GroupBy(s => s.Op).OrderBy(g => g.Key).Append(samples.GroupBy(_ => "all requests").Single()))
        {
            var ms = g.Select(s => s.Ms).Order().ToArray();
            double P(int p) => ms.Length == 0 ? double.NaN : ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(p / 100.0 * ms.Length) - 1)];
            var errors = g.Where(s => s.Status is < 200 or >= 300).GroupBy(s => s.Status).OrderBy(e => e.Key)
                .Select(e => $"{(e.Key == 0 ? "no answer" : e.Key.ToString())}×{e.Count()}").ToList();
            yield return $"| {label} | {g.Key} | {ms.Length} | {ms.Length / duration.TotalSeconds:F0} | {P(50):F1} | {P(95):F1} | {P(99):F1} | {(errors.Count == 0 ? "0" : string.Join(", ", errors))} | {peakMb} |";
        }
    }
}
