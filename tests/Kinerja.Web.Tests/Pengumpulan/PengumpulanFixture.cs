using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>
/// Opens rounds for tests in quarters no other test uses: each OPD has sixteen (2025, 2027–2029 × TW I–IV),
/// taken in order from the latest year down, so tests sharing the seeded database never collide. 2026 is
/// kept for the tests of the demo PK's Rencana Aksi targets, which name their quarter.
/// Targets are set on the rows directly where a test needs known figures.
/// </summary>
public static class PengumpulanFixture
{
    public static async Task<int> OpdIdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    /// <summary>Opens the next free quarter of the OPD as <paramref name="client"/> (its planner) with a deadline in the future.</summary>
    public static async Task<JsonElement> OpenFreeAsync(KinerjaApp app, HttpClient client, string opdKode, DateOnly? batasWaktu = null)
    {
        var opd = await OpdIdAsync(app, opdKode);
        var taken = await app.DbAsync(db => db.PengumpulanData.Where(r => r.PerangkatDaerahId == opd).Select(r => r.Tahun * 10 + r.Triwulan).ToListAsync());
        var slot = (from y in new[] { 2029, 2028, 2027, 2025 } from q in Enumerable.Range(1, 4) select (y, q))
            .First(s => !taken.Contains(s.y * 10 + s.q));
        var response = await client.PostAsJsonAsync("/api/v1/pengumpulan", new
        {
            perangkatDaerahId = opd, tahun = slot.y, triwulan = slot.q,
            batasWaktu = (batasWaktu ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14)).ToString("yyyy-MM-dd"),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static int FormatOf(JsonElement round, string unitNama) =>
        round.GetProperty("formatDataKinerja").EnumerateArray().Single(f => f.GetProperty("unit").GetString() == unitNama).GetProperty("id").GetInt32();

    /// <summary>Sets the target of each row of the form to <paramref name="target"/>; returns the row ids by indicator code.</summary>
    public static async Task<Dictionary<string, int>> SetTargetsAsync(KinerjaApp app, int formId, decimal target) =>
        await app.DbAsync(async db =>
        {
            var rows = await db.FormatIndikator.Include(r => r.Indikator).Where(r => r.FormatDataKinerjaId == formId).ToListAsync();
            foreach (var r in rows) r.Target = target;
            await db.SaveChangesAsync();
            return rows.ToDictionary(r => r.Indikator.Kode, r => r.Id);
        });

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        r.StatusCode.ShouldBe(expected, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every row filled with a value near its target and every sub-kegiatan with a small amount, as one save.</summary>
    public static object FillAll(JsonElement form, decimal realisasi, long anggaran = 1_000_000) => new
    {
        indikator = form.GetProperty("indikator").EnumerateArray().Select(r => new
        {
            id = r.GetProperty("id").GetInt32(), version = r.GetProperty("version").GetInt32(), realisasi,
            faktorPendukung = "Dukungan anggaran tepat waktu",
        }).ToArray(),
        anggaran = form.GetProperty("anggaran").EnumerateArray().Select(a => new
        {
            id = a.GetProperty("id").GetInt32(), version = a.GetProperty("version").GetInt32(), realisasi = anggaran,
        }).ToArray(),
    };

    public static int Version(JsonElement form) => form.GetProperty("version").GetInt32();

    public static JsonElement Row(JsonElement form, string kode) =>
        form.GetProperty("indikator").EnumerateArray().Single(r => r.GetProperty("kode").GetString() == kode);

    public static object Fix(JsonElement form, string kode, decimal realisasi, string? alasan)
    {
        var row = Row(form, kode);
        return new { alasan, indikator = new[] { new { id = row.GetProperty("id").GetInt32(), version = row.GetProperty("version").GetInt32(), realisasi } } };
    }

    public static decimal Number(JsonElement change, string field) =>
        decimal.Parse(change.GetProperty(field).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Records an evidence file on each row that requires one (uploads are tested on their own; here the chain is).</summary>
    public static async Task AddEvidenceRecordsAsync(KinerjaApp app, int formId) =>
        await app.DbAsync(async d =>
        {
            foreach (var row in await d.FormatIndikator.Where(r => r.FormatDataKinerjaId == formId && r.Indikator.BuktiWajib).ToListAsync())
                d.BuktiDukung.Add(new Features.Pengumpulan.BuktiDukung
                {
                    FormatIndikatorId = row.Id, NamaFile = "bukti.pdf", JenisKonten = "application/pdf", Ukuran = 1,
                    Sha256 = new string('0', 64), DiunggahOleh = "uji", DiunggahUtc = DateTime.UtcNow,
                });
            return await d.SaveChangesAsync();
        });
}
