using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.PemdaWide;

/// <param name="PemdaId">Optional when the user belongs to one Pemda.</param>
public record OpenPengumpulanPemdaRequest(int? PemdaId, int Tahun, int Triwulan, DateOnly BatasWaktu, DateOnly? Dibuka = null);

/// <summary>
/// Opens the Pemda-wide round of a quarter: one form per OPD whose Renstra covers the year, its rows
/// the OPD's IKU (all its sasaran indicators when it marked none) with the quarter's target from the
/// OPD's signed PK. Where the OPD's own round of the quarter is already locked, its recap is copied in.
/// </summary>
public static class OpenPengumpulanPemda
{
    public static async Task<(PengumpulanData Pengumpulan, List<string> Warnings)> Handle(OpenPengumpulanPemdaRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var pemda = await PemdaAccess.RunnablePemdaAsync(r.PemdaId, db, scope, ct);
        if (r.Triwulan is < 1 or > 4) throw new DomainException("Triwulan harus 1 sampai 4.", "triwulan");
        if (r.Tahun is < 2000 or > 2100) throw new DomainException("Tahun tidak wajar.", "tahun");
        var opens = r.Dibuka is DateOnly d ? clock.StartOfDayUtc(d) : clock.UtcNow;
        var deadline = clock.EndOfDayUtc(r.BatasWaktu);
        if (deadline <= opens) throw new DomainException("Batas waktu harus setelah tanggal pembukaan.", "batasWaktu");
        if (await db.PengumpulanData.AnyAsync(x => x.PemdaId == pemda.Id && x.PerangkatDaerahId == null && x.Tahun == r.Tahun && x.Triwulan == r.Triwulan, ct))
            throw new DomainException($"Pengumpulan data tingkat Pemda {Periode.Triwulan(r.Triwulan)} {r.Tahun} sudah dibuka.", "triwulan");

        var indikator = await db.Indikator
            .Where(i => i.Sasaran != null && i.Sasaran.Tujuan.Renstra.PerangkatDaerah.PemdaId == pemda.Id
                        && i.Sasaran.Tujuan.Renstra.TahunAwal <= r.Tahun && i.Sasaran.Tujuan.Renstra.TahunAkhir >= r.Tahun)
            .Select(i => new { i.Id, i.Kode, i.IsIku, Opd = i.Sasaran!.Tujuan.Renstra.PerangkatDaerahId, OpdNama = i.Sasaran.Tujuan.Renstra.PerangkatDaerah.Nama })
            .ToListAsync(ct);
        if (indikator.Count == 0)
            throw new DomainException($"Tidak ada perangkat daerah dengan Renstra yang mencakup tahun {r.Tahun}.", "tahun");
        var targets = await QuarterTargetsAsync(pemda.Id, r.Tahun, r.Triwulan, db, ct);

        var warnings = new List<string>();
        var forms = new List<FormatDataKinerja>();
        foreach (var opd in indikator.GroupBy(i => (i.Opd, i.OpdNama)).OrderBy(g => g.Key.OpdNama))
        {
            var rows = opd.Where(i => i.IsIku).ToList();
            if (rows.Count == 0)
            {
                warnings.Add($"{opd.Key.OpdNama} belum menandai IKU; semua indikator sasarannya masuk formulir.");
                rows = opd.ToList();
            }
            var form = new FormatDataKinerja { SumberOpdId = opd.Key.Opd };
            foreach (var i in rows.OrderBy(i => i.Kode))
            {
                var t = targets.GetValueOrDefault(i.Id);
                if (t is null) warnings.Add($"{opd.Key.OpdNama}: indikator {i.Kode} belum memiliki target {Periode.Triwulan(r.Triwulan)} di Rencana Aksi PK yang ditandatangani.");
                form.Indikator.Add(new FormatIndikator { IndikatorId = i.Id, Target = t });
            }
            forms.Add(form);
        }

        var round = new PengumpulanData
        {
            PemdaId = pemda.Id, PerangkatDaerahId = null, Tahun = r.Tahun, Triwulan = r.Triwulan, DibukaUtc = opens, BatasWaktuUtc = deadline,
            ValidasiKasi = false, DibukaOleh = scope.UserName ?? "sistem", FormatDataKinerja = forms,
        };
        db.PengumpulanData.Add(round);
        await db.SaveChangesAsync(ct);

        // The OPDs that already locked the quarter deliver at once; the others when they lock (ambil-rekap).
        foreach (var form in forms)
        {
            form.PengumpulanData = round;
            if (await TakeRekap.SourcePengumpulanAsync(form, db, ct) is { DikunciUtc: not null } source)
                await TakeRekap.CopyAsync(form, source, db, ct);
        }
        db.ChangeReason = "Rekap diambil dari pengumpulan data perangkat daerah yang sudah dikunci";
        await db.SaveChangesAsync(ct);
        return (round, warnings);
    }

    /// <summary>
    /// The quarter's target per indicator from the OPDs' signed PKs: the Kepala's PK (the OPD level) first,
    /// since the Pemda recap is the OPD's commitment; a unit's PK otherwise.
    /// </summary>
    private static async Task<Dictionary<int, decimal?>> QuarterTargetsAsync(int pemdaId, int tahun, int triwulan, AppDbContext db, CancellationToken ct)
    {
        var rows = await db.PerjanjianKinerjaIndikator
            .Where(x => x.PerjanjianKinerja.PerangkatDaerah.PemdaId == pemdaId && x.PerjanjianKinerja.Tahun == tahun
                        && x.PerjanjianKinerja.Status == PerjanjianKinerjaStatus.Signed && x.RencanaAksi != null)
            .Select(x => new { x.IndikatorId, OpdLevel = x.PerjanjianKinerja.Jabatan.UnitKerjaId == null, x.RencanaAksi })
            .ToListAsync(ct);
        return rows.GroupBy(x => x.IndikatorId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.OpdLevel).Select(x => x.RencanaAksi!.Quarters[triwulan - 1]).FirstOrDefault(v => v is not null));
    }
}
