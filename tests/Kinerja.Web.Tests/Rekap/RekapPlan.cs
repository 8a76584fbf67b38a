using Kinerja.Web.Data;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Perencanaan;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Pengumpulan;
using Kinerja.Web.Features.Perencanaan;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Rekap;

/// <summary>
/// A plan of BPBD for 2032 (a Renstra 2032–2033 of its own, after the demo 2025–2029) in which each test adds its
/// own sasaran and indicators, with signed PKs and reported quarters written to the database. BPBD's 2032 rounds
/// are this fixture's; each unit's form is kept in one state, so a test picks a quarter's state by picking the unit.
/// </summary>
public static class RekapPlan
{
    public const string Opd = "BPBD";
    public const int Tahun = 2032;

    public static readonly IReadOnlyDictionary<FormatStatus, string> UnitOf = new Dictionary<FormatStatus, string>
    {
        [FormatStatus.Terkunci] = "SEKSI-PENCEGAHAN",
        [FormatStatus.MenungguKabid] = "SEKSI-KEDARURATAN",
        [FormatStatus.Dikembalikan] = "SEKSI-LOGISTIK",
        [FormatStatus.Isian] = "SEKSI-REHABILITASI",
    };

    private static string NewCode(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    /// <summary>A new sasaran (under a new tujuan) of the 2032 Renstra.</summary>
    public static async Task<int> SasaranAsync(KinerjaApp app) => await app.DbAsync(async db =>
    {
        var opd = await db.PerangkatDaerah.SingleAsync(o => o.Kode == Opd);
        var renstra = await db.Renstra.FirstOrDefaultAsync(r => r.PerangkatDaerahId == opd.Id && r.TahunAwal == Tahun);
        if (renstra is null) db.Renstra.Add(renstra = new Renstra { PerangkatDaerahId = opd.Id, Nama = "Renstra uji rekap 2032–2033", TahunAwal = Tahun, TahunAkhir = Tahun + 1 });
        var sasaran = new Sasaran { Kode = NewCode("S"), Uraian = "Sasaran uji rekap" };
        renstra.Tujuan.Add(new Tujuan { Kode = NewCode("T"), Uraian = "Tujuan uji rekap", Sasaran = [sasaran] });
        await db.SaveChangesAsync();
        return sasaran.Id;
    });

    /// <summary>An indicator answered by the given units, with its 2032 target, and a signed 2032 PK with TW I–IV when given.</summary>
    public static async Task<int> IndikatorAsync(KinerjaApp app, int sasaran, RollUp rollUp, decimal yearly, decimal?[]? quarters, string[] units,
        string satuan = "unit", decimal? targetAkhir = null, bool iku = false) => await app.DbAsync(async db =>
    {
        var opd = await db.PerangkatDaerah.SingleAsync(o => o.Kode == Opd);
        var unitRows = await db.UnitKerja.Where(u => u.PerangkatDaerahId == opd.Id && units.Contains(u.Kode)).ToListAsync();
        var i = new Indikator
        {
            SasaranId = sasaran, Kode = NewCode("IK-"), Nama = $"Indikator uji rekap {rollUp}", Satuan = satuan, RollUp = rollUp, Decimals = 2,
            TargetAkhir = targetAkhir, IsIku = iku,
        };
        i.Targets.Add(new IndikatorTarget { Tahun = Tahun, Nilai = yearly });
        foreach (var u in unitRows) i.Units.Add(new IndikatorUnit { UnitKerjaId = u.Id });
        db.Indikator.Add(i);
        if (quarters is not null)
        {
            var jabatan = new Jabatan
            {
                PemdaId = opd.PemdaId, PerangkatDaerahId = opd.Id, UnitKerjaId = unitRows[0].Id, Role = SopRole.KepalaSeksi,
                Kode = NewCode("REKAP-"), Nama = "Kepala Seksi uji rekap",
            };
            var pk = new PerjanjianKinerja { PerangkatDaerahId = opd.Id, Tahun = Tahun, Jabatan = jabatan, Status = PerjanjianKinerjaStatus.Signed, SignedAtUtc = DateTime.UtcNow };
            pk.Indikator.Add(new PerjanjianKinerjaIndikator
            {
                Indikator = i, Target = yearly,
                RencanaAksi = new RencanaAksi { TargetTw1 = quarters[0], TargetTw2 = quarters[1], TargetTw3 = quarters[2], TargetTw4 = quarters[3], MismatchConfirmed = true },
            });
            db.PerjanjianKinerja.Add(pk);
        }
        await db.SaveChangesAsync();
        return i.Id;
    });

    /// <summary>The indicator's realisasi of a quarter of 2032 on the form of the unit kept in <paramref name="status"/> (or of a named unit).</summary>
    public static async Task ReportAsync(KinerjaApp app, int indikatorId, int triwulan, decimal? realisasi, FormatStatus status = FormatStatus.Terkunci,
        string? unit = null) => await app.DbAsync(async db =>
    {
        var form = await FormAsync(db, triwulan, unit ?? UnitOf[status], status);
        form.Indikator.Add(new FormatIndikator { IndikatorId = indikatorId, Realisasi = realisasi });
        return await db.SaveChangesAsync();
    });

    private static async Task<FormatDataKinerja> FormAsync(Kinerja.Web.Data.AppDbContext db, int triwulan, string unitKode, FormatStatus status)
    {
        var opd = await db.PerangkatDaerah.SingleAsync(o => o.Kode == Opd);
        var round = await db.PengumpulanData.FirstOrDefaultAsync(r => r.PerangkatDaerahId == opd.Id && r.Tahun == Tahun && r.Triwulan == triwulan);
        if (round is null)
        {
            db.PengumpulanData.Add(round = new PengumpulanData
            {
                PemdaId = opd.PemdaId, PerangkatDaerahId = opd.Id, Tahun = Tahun, Triwulan = triwulan, DibukaOleh = "uji.rekap",
                DibukaUtc = DateTime.UtcNow, BatasWaktuUtc = DateTime.UtcNow.AddDays(30),
            });
            await db.SaveChangesAsync();
        }
        var unit = await db.UnitKerja.Where(u => u.PerangkatDaerahId == opd.Id && u.Kode == unitKode).Select(u => u.Id).SingleAsync();
        var form = await db.FormatDataKinerja.Include(f => f.Indikator).FirstOrDefaultAsync(f => f.PengumpulanDataId == round.Id && f.UnitKerjaId == unit);
        if (form is null) db.FormatDataKinerja.Add(form = new FormatDataKinerja { PengumpulanDataId = round.Id, UnitKerjaId = unit });
        Force(db, form, status, null);
        return form;
    }

    /// <summary>Puts seeded test data straight into a state; the entity's own transitions are tested with the Format feature.</summary>
    public static void Force(AppDbContext db, FormatDataKinerja form, FormatStatus status, string? diajukanOleh)
    {
        var entry = db.Entry(form);
        entry.Property(f => f.Status).CurrentValue = status;
        if (diajukanOleh is not null) entry.Property(f => f.DiajukanOleh).CurrentValue = diajukanOleh;
    }

    public static string Url(string periode, string extra = "") => $"tahun={Tahun}&periode={periode}&tingkat=opd" + extra;
}
