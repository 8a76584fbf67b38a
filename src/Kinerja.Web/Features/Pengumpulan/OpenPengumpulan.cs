using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

public record OpenPengumpulanRequest(int PerangkatDaerahId, int Tahun, int Triwulan, DateOnly BatasWaktu, DateOnly? Dibuka = null);

/// <summary>
/// Opens a quarter's round for an OPD and creates one form per responsible unit: a row for each
/// indicator the unit answers for, with the quarter's target from the signed PK's Rencana Aksi, and a
/// row for each sub-kegiatan it reports, with the year's pagu. Targets are copied, never typed again.
/// </summary>
public static class OpenPengumpulan
{
    public static async Task<(PengumpulanData Pengumpulan, List<string> Warnings)> Handle(OpenPengumpulanRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var opd = await PlanAccess.WritableOpdAsync(r.PerangkatDaerahId, db, scope, ct, "Perangkat daerah tidak ditemukan.",
            "Hanya Kasubag Perencanaan atau admin yang dapat membuka pengumpulan data.");
        if (r.Triwulan is < 1 or > 4) throw new DomainException("Triwulan harus 1 sampai 4.", "triwulan");
        if (r.Tahun is < 2000 or > 2100) throw new DomainException("Tahun tidak wajar.", "tahun");
        var opens = r.Dibuka is DateOnly d ? clock.StartOfDayUtc(d) : clock.UtcNow;
        var deadline = clock.EndOfDayUtc(r.BatasWaktu);
        if (deadline <= opens) throw new DomainException("Batas waktu harus setelah tanggal pembukaan.", "batasWaktu");
        if (await db.PengumpulanData.AnyAsync(x => x.PerangkatDaerahId == opd.Id && x.Tahun == r.Tahun && x.Triwulan == r.Triwulan, ct))
            throw new DomainException($"Pengumpulan data {Periode.Triwulan(r.Triwulan)} {r.Tahun} untuk perangkat daerah ini sudah dibuka.", "triwulan");

        var warnings = new List<string>();
        var forms = new Dictionary<int, FormatDataKinerja>();
        FormatDataKinerja FormatOf(int unitId) =>
            forms.TryGetValue(unitId, out var f) ? f : forms[unitId] = new FormatDataKinerja { UnitKerjaId = unitId };

        foreach (var row in await IndicatorRowsAsync(opd.Id, r.Tahun, r.Triwulan, db, ct))
        {
            if (row.Units.Count == 0) warnings.Add($"Indikator {row.Indikator.Kode} belum memiliki unit penanggung jawab; tidak masuk formulir mana pun.");
            if (row.Target is null) warnings.Add($"Indikator {row.Indikator.Kode} belum memiliki target {Periode.Triwulan(r.Triwulan)} di Rencana Aksi PK yang ditandatangani.");
            foreach (var unit in row.Units)
                FormatOf(unit).Indikator.Add(new FormatIndikator { IndikatorId = row.Indikator.Id, Target = row.Target, TargetAtas = row.TargetAtas });
        }

        var subKegiatan = await db.ProgramKegiatan
            .Where(p => p.PerangkatDaerahId == opd.Id && p.Level == ProgramLevel.SubKegiatan && p.UnitKerjaId != null)
            .Select(p => new { p.Id, p.UnitKerjaId, Pagu = p.Pagu.Where(x => x.Tahun == r.Tahun).Select(x => (long?)x.Jumlah).FirstOrDefault() })
            .ToListAsync(ct);
        foreach (var s in subKegiatan.Where(s => s.Pagu is not null))
            FormatOf(s.UnitKerjaId!.Value).Anggaran.Add(new FormatAnggaran { ProgramKegiatanId = s.Id, Pagu = s.Pagu!.Value });

        if (forms.Count == 0)
            throw new DomainException($"Tidak ada indikator dengan unit penanggung jawab atau sub-kegiatan berpagu untuk tahun {r.Tahun}; lengkapi rencana kinerja dahulu.", "tahun");

        var round = new PengumpulanData
        {
            PemdaId = opd.PemdaId, PerangkatDaerahId = opd.Id, Tahun = r.Tahun, Triwulan = r.Triwulan,
            DibukaUtc = opens, BatasWaktuUtc = deadline, ValidasiKasi = opd.ValidasiKasi, DibukaOleh = scope.UserName ?? "sistem",
            FormatDataKinerja = forms.Values.ToList(),
        };
        db.PengumpulanData.Add(round);
        await db.SaveChangesAsync(ct);
        warnings.AddRange(await Sop.Pelaksanaan.StartSopInstance.ForRound(round, db, clock, ct));
        return (round, warnings);
    }

    private record IndicatorRow(Indikator Indikator, HashSet<int> Units, decimal? Target, decimal? TargetAtas);

    private static async Task<List<IndicatorRow>> IndicatorRowsAsync(int opdId, int tahun, int triwulan, AppDbContext db, CancellationToken ct)
    {
        var indikator = await db.Indikator.Include(i => i.Units).Include(i => i.Targets)
            .Where(i => i.Sasaran != null && i.Sasaran.Tujuan.Renstra.PerangkatDaerahId == opdId
                        && i.Sasaran.Tujuan.Renstra.TahunAwal <= tahun && i.Sasaran.Tujuan.Renstra.TahunAkhir >= tahun)
            .OrderBy(i => i.Kode).AsSplitQuery().ToListAsync(ct);
        var pkRows = await db.PerjanjianKinerjaIndikator
            .Where(x => x.PerjanjianKinerja.PerangkatDaerahId == opdId && x.PerjanjianKinerja.Tahun == tahun
                        && x.PerjanjianKinerja.Status == PerjanjianKinerjaStatus.Signed)
            .Select(x => new { x.IndikatorId, x.PerjanjianKinerja.Jabatan.UnitKerjaId, x.RencanaAksi })
            .ToListAsync(ct);

        return indikator.Select(i =>
        {
            var rows = pkRows.Where(p => p.IndikatorId == i.Id).ToList();
            var units = i.Units.Select(u => u.UnitKerjaId).ToHashSet();
            if (units.Count == 0) units.UnionWith(rows.Where(p => p.UnitKerjaId != null).Select(p => p.UnitKerjaId!.Value));
            // The PK of the unit that answers for the indicator knows its quarters best; otherwise any signed PK.
            var ra = rows.Where(p => p.RencanaAksi != null).OrderByDescending(p => p.UnitKerjaId != null && units.Contains(p.UnitKerjaId.Value))
                .Select(p => p.RencanaAksi!).FirstOrDefault();
            var upper = i.RollUp == RollUp.Kumulatif ? null : i.Targets.FirstOrDefault(t => t.Tahun == tahun)?.NilaiAtas;
            return new IndicatorRow(i, units, ra?.Quarters[triwulan - 1], upper);
        }).ToList();
    }
}
