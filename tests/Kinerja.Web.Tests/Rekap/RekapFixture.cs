using System.Text.Json;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Pengumpulan;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Rekap;

/// <summary>
/// Collected data for the demo year 2026, written once per database straight into rounds and forms (their chain is
/// tested elsewhere): every demo indicator with a responsible unit gets a figure near its Rencana Aksi target in each
/// quarter below, every sub-kegiatan with a 2026 pagu a realisasi anggaran. Slots (OPD, TW of 2026) and the state
/// their forms are kept in:
/// BPBD TW I–II locked (TW II: Seksi Logistik only submitted), TW III with the Kabid (Seksi Kesiapsiagaan returned),
/// TW IV being filled (half the rows empty); BPKPAD and PUPRPERKIM TW I–II locked; DISKOP TW I and TW III locked (TW II
/// is RoundOpeningTests'); Bappeda TW I–II locked, TW III with the Kabid.
/// </summary>
public static class RekapFixture
{
    public const int Tahun = 2026;
    private static readonly decimal[] Factors = [0.8m, 0.95m, 1m, 1.1m, 1.25m];
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private record Slot(string Opd, int Triwulan, FormatStatus Status, string? OtherUnit = null, FormatStatus Other = FormatStatus.Terkunci, bool HalfEmpty = false);

    private static readonly Slot[] Slots =
    [
        new("BPBD", 1, FormatStatus.Terkunci),
        new("BPBD", 2, FormatStatus.Terkunci, "SEKSI-LOGISTIK", FormatStatus.MenungguVerifikasi),
        new("BPBD", 3, FormatStatus.MenungguKabid, "SEKSI-KESIAPSIAGAAN", FormatStatus.Dikembalikan),
        new("BPBD", 4, FormatStatus.Isian, HalfEmpty: true),
        new("BPKPAD", 1, FormatStatus.Terkunci), new("BPKPAD", 2, FormatStatus.Terkunci),
        new("PUPRPERKIM", 1, FormatStatus.Terkunci), new("PUPRPERKIM", 2, FormatStatus.Terkunci),
        new("DISKOPUKMPERINDAG", 1, FormatStatus.Terkunci), new("DISKOPUKMPERINDAG", 3, FormatStatus.Terkunci),
        new("BAPPEDA-LITBANG", 1, FormatStatus.Terkunci), new("BAPPEDA-LITBANG", 2, FormatStatus.Terkunci),
        new("BAPPEDA-LITBANG", 3, FormatStatus.MenungguKabid),
    ];

    public static async Task EnsureAsync(KinerjaApp app)
    {
        await Gate.WaitAsync();
        try
        {
            foreach (var slot in Slots) await app.DbAsync(db => SlotAsync(db, slot));
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<int> SlotAsync(AppDbContext db, Slot slot)
    {
        var opd = await db.PerangkatDaerah.SingleAsync(o => o.Kode == slot.Opd);
        if (await db.PengumpulanData.AnyAsync(r => r.PerangkatDaerahId == opd.Id && r.Tahun == Tahun && r.Triwulan == slot.Triwulan)) return 0;
        var indikator = await db.Indikator.Include(i => i.Units).Include(i => i.Targets)
            .Where(i => i.Sasaran!.Tujuan.Renstra.PerangkatDaerahId == opd.Id && i.Sasaran.Tujuan.Renstra.TahunAwal <= Tahun
                        && i.Sasaran.Tujuan.Renstra.TahunAkhir >= Tahun && i.Units.Any())
            .OrderBy(i => i.Id).ToListAsync();
        var ra = (await db.PerjanjianKinerjaIndikator.Where(x => x.PerjanjianKinerja.PerangkatDaerahId == opd.Id && x.PerjanjianKinerja.Tahun == Tahun
                && x.PerjanjianKinerja.Status == PerjanjianKinerjaStatus.Signed && x.RencanaAksi != null)
                .Select(x => new { x.IndikatorId, x.RencanaAksi }).ToListAsync())
            .GroupBy(x => x.IndikatorId).ToDictionary(g => g.Key, g => g.First().RencanaAksi!);
        var units = await db.UnitKerja.Where(u => u.PerangkatDaerahId == opd.Id).ToDictionaryAsync(u => u.Id);
        var forms = new Dictionary<int, FormatDataKinerja>();
        var statusOf = new Dictionary<FormatDataKinerja, FormatStatus>();
        FormatDataKinerja FormOf(int unit)
        {
            if (forms.TryGetValue(unit, out var f)) return f;
            forms[unit] = f = new FormatDataKinerja { UnitKerjaId = unit };
            statusOf[f] = units[unit].Kode == slot.OtherUnit ? slot.Other : slot.Status;
            return f;
        }

        var n = 0;
        foreach (var i in indikator)
        {
            var quarter = ra.TryGetValue(i.Id, out var plan) ? plan.Quarters[slot.Triwulan - 1] : null;
            var yearly = i.Targets.FirstOrDefault(t => t.Tahun == Tahun)?.Nilai ?? 10;
            var basis = quarter ?? (i.RollUp == RollUp.Kumulatif ? yearly / 4 : yearly);
            foreach (var unit in i.Units)
            {
                var empty = slot.HalfEmpty && n % 2 == 0;
                var value = Math.Round(basis * Factors[(n + slot.Triwulan) % Factors.Length], i.Decimals, MidpointRounding.AwayFromZero);
                FormOf(unit.UnitKerjaId).Indikator.Add(new FormatIndikator
                {
                    IndikatorId = i.Id, Target = quarter, Realisasi = empty ? null : value, FaktorPendukung = empty ? null : "Data uji rekap",
                });
                n++;
            }
        }
        var subKegiatan = await db.ProgramKegiatan
            .Where(p => p.PerangkatDaerahId == opd.Id && p.Level == ProgramLevel.SubKegiatan && p.UnitKerjaId != null)
            .Select(p => new { p.Id, p.UnitKerjaId, Pagu = p.Pagu.Where(x => x.Tahun == Tahun).Select(x => (long?)x.Jumlah).FirstOrDefault() })
            .ToListAsync();
        var share = new[] { 15, 30, 25, 20 }[slot.Triwulan - 1];
        foreach (var s in subKegiatan.Where(s => s.Pagu is not null && units.ContainsKey(s.UnitKerjaId!.Value)))
            FormOf(s.UnitKerjaId!.Value).Anggaran.Add(new FormatAnggaran
            {
                ProgramKegiatanId = s.Id, Pagu = s.Pagu!.Value, Realisasi = slot.HalfEmpty ? null : s.Pagu.Value * share / 100,
            });

        var locked = forms.Values.All(f => statusOf[f] == FormatStatus.Terkunci);
        var data = new PengumpulanData
        {
            PemdaId = opd.PemdaId, PerangkatDaerahId = opd.Id, Tahun = Tahun, Triwulan = slot.Triwulan, DibukaOleh = "uji.rekap",
            DibukaUtc = new DateTime(2026, 3 * slot.Triwulan - 2, 5, 0, 0, 0, DateTimeKind.Utc), BatasWaktuUtc = DateTime.UtcNow.AddDays(60),
            FormatDataKinerja = forms.Values.ToList(),
        };
        db.PengumpulanData.Add(data);
        // Test data is put straight into its state (the entity's own moves are tested in the Format tests).
        foreach (var (f, st) in statusOf) RekapPlan.Force(db, f, st, st == FormatStatus.Isian ? null : "uji.rekap");
        if (locked) db.Entry(data).Property(d => d.DikunciUtc).CurrentValue = DateTime.UtcNow;
        return await db.SaveChangesAsync();
    }

    public static async Task<int> OpdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    public static async Task<JsonElement> RekapAsync(HttpClient client, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync("/api/v1/rekap?" + query);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every indicator row of a recap answer, with the OPD it is under.</summary>
    public static IEnumerable<JsonElement> Rows(JsonElement rekap) =>
        rekap.GetProperty("perangkatDaerah").EnumerateArray()
            .SelectMany(o => o.GetProperty("tujuan").EnumerateArray())
            .SelectMany(t => t.GetProperty("sasaran").EnumerateArray())
            .SelectMany(s => s.GetProperty("indikator").EnumerateArray());

    public static JsonElement Row(JsonElement rekap, int indikatorId) =>
        Rows(rekap).Single(r => r.GetProperty("indikatorId").GetInt32() == indikatorId);
}
