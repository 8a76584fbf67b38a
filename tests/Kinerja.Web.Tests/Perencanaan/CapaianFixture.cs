using System.Text.Json;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Pengumpulan;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>
/// A plan of DISKOP for 2030 (a one-year Renstra of its own, beside the demo 2025–2029) with
/// indicators, signed PKs and reported quarters made for one test. The quarters are written as
/// forms of DISKOP's 2030 rounds: each unit's form is fixed in one state (so a test chooses the
/// state of a quarter by choosing the unit), and each test adds rows only for its own indicators.
/// </summary>
public static class CapaianFixture
{
    public const string Opd = "DISKOPUKMPERINDAG";
    public const string Planner = "kasubag.diskop";
    public const int Tahun = 2030;

    private static readonly Dictionary<FormatStatus, string> UnitOf = new()
    {
        [FormatStatus.Terkunci] = "SEKSI-UKM",
        [FormatStatus.MenungguKabid] = "SEKSI-INDUSTRI",
        [FormatStatus.Isian] = "SEKSI-DAG",
        [FormatStatus.Dikembalikan] = "SEKSI-METROLOGI",
    };

    private static string NewCode(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    /// <summary>A new tujuan and sasaran in DISKOP's Renstra that covers 2030 (created once per database).</summary>
    public static async Task<int> SasaranAsync(KinerjaApp app, HttpClient client)
    {
        var opd = await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == Opd).Select(o => o.Id).SingleAsync());
        var renstra = await app.DbAsync(db => db.Renstra.Where(r => r.PerangkatDaerahId == opd && r.TahunAwal <= Tahun && r.TahunAkhir >= Tahun)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync());
        renstra ??= (await PkFixture.OkAsync(await client.PostAsJsonAsync("/api/v1/renstra",
            new { perangkatDaerahId = opd, nama = "Renstra uji capaian 2030", tahunAwal = Tahun, tahunAkhir = Tahun }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var tujuan = (await PkFixture.OkAsync(await client.PostAsJsonAsync($"/api/v1/renstra/{renstra}/tujuan",
            new { kode = NewCode("T"), uraian = "Tujuan uji capaian" }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return (await PkFixture.OkAsync(await client.PostAsJsonAsync($"/api/v1/tujuan/{tujuan}/sasaran",
            new { kode = NewCode("S"), uraian = "Sasaran uji capaian" }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> IndikatorAsync(HttpClient client, int sasaran, string rollUp, decimal yearly, string polarity = "Positive",
        string? negativeFormula = null, string negativeResult = "Keep", string satuan = "unit") =>
        await PkFixture.OkAsync(await client.PostAsJsonAsync($"/api/v1/sasaran/{sasaran}/indikator", new
        {
            kode = NewCode("IK-"), nama = $"Indikator uji {rollUp}", satuan, polarity, negativeFormula, rollUp, negativeResult,
            decimals = 2, isIku = false, targets = new[] { new { tahun = Tahun, nilai = yearly } },
        }), HttpStatusCode.Created);

    /// <summary>A signed PK 2030 of a new Kepala Seksi jabatan of DISKOP with the indicator and its TW I–IV targets.</summary>
    public static async Task SignedPkAsync(KinerjaApp app, HttpClient client, int indikatorId, decimal annual, decimal?[] quarters)
    {
        var jabatan = await app.DbAsync(async db =>
        {
            var unit = await db.UnitKerja.SingleAsync(u => u.PerangkatDaerah.Kode == Opd && u.Kode == "SEKSI-UKM");
            var j = new Jabatan
            {
                PemdaId = (await db.PerangkatDaerah.SingleAsync(o => o.Id == unit.PerangkatDaerahId)).PemdaId, PerangkatDaerahId = unit.PerangkatDaerahId,
                UnitKerjaId = unit.Id, Role = SopRole.KepalaSeksi, Nama = "Kepala Seksi Uji Capaian", Kode = NewCode("CAP-"),
            };
            db.Jabatan.Add(j);
            await db.SaveChangesAsync();
            return j.Id;
        });
        var pk = await PkFixture.CreateAsync(client, jabatan, Tahun);
        var pkId = pk.GetProperty("id").GetInt32();
        var row = (await PkFixture.AddRowAsync(client, pkId, indikatorId, annual)).GetProperty("indikator")[0].GetProperty("id").GetInt32();
        await PkFixture.OkAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{pkId}/rencana-aksi", new
        {
            rows = new[] { new { rowId = row, targetTw1 = quarters[0], targetTw2 = quarters[1], targetTw3 = quarters[2], targetTw4 = quarters[3] } },
            mismatchConfirmed = true,
        }));
        await PkFixture.OkAsync(await client.PostAsync($"/api/v1/perjanjian-kinerja/{pkId}/sign", null));
    }

    /// <summary>The indicator's realisasi of a quarter of 2030 on the form of the unit kept in <paramref name="status"/>.</summary>
    public static async Task ReportAsync(KinerjaApp app, int indikatorId, int triwulan, decimal? realisasi, FormatStatus status = FormatStatus.Terkunci) =>
        await app.DbAsync(async db =>
        {
            var opd = await db.PerangkatDaerah.SingleAsync(o => o.Kode == Opd);
            var round = await db.PengumpulanData.FirstOrDefaultAsync(r => r.PerangkatDaerahId == opd.Id && r.Tahun == Tahun && r.Triwulan == triwulan);
            if (round is null)
            {
                db.PengumpulanData.Add(round = new PengumpulanData
                {
                    PemdaId = opd.PemdaId, PerangkatDaerahId = opd.Id, Tahun = Tahun, Triwulan = triwulan, DibukaOleh = "uji",
                    DibukaUtc = DateTime.UtcNow, BatasWaktuUtc = DateTime.UtcNow.AddDays(30),
                });
                await db.SaveChangesAsync();
            }
            var unit = await db.UnitKerja.Where(u => u.PerangkatDaerahId == opd.Id && u.Kode == UnitOf[status]).Select(u => u.Id).SingleAsync();
            var form = await db.FormatDataKinerja.FirstOrDefaultAsync(f => f.PengumpulanDataId == round.Id && f.UnitKerjaId == unit);
            if (form is null)
            {
                db.FormatDataKinerja.Add(form = new FormatDataKinerja { PengumpulanDataId = round.Id, UnitKerjaId = unit });
                // Setup only: the status is put in place, not walked through the chain (its rules are tested on their own).
                db.Entry(form).Property(f => f.Status).CurrentValue = status;
            }
            form.Indikator.Add(new FormatIndikator { IndikatorId = indikatorId, Realisasi = realisasi });
            return await db.SaveChangesAsync();
        });

    public static async Task<JsonElement> CapaianAsync(HttpClient client, int indikatorId, string periode, bool? terkunci = null) =>
        await PkFixture.OkAsync(await client.GetAsync(
            $"/api/v1/indikator/{indikatorId}/capaian?tahun={Tahun}&periode={periode}" + (terkunci is bool t ? $"&terkunci={t.ToString().ToLowerInvariant()}" : "")));
}
