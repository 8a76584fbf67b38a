using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.PemdaWide;

/// <summary>
/// Copies an OPD's locked quarter into its Pemda form (ambil rekap): each indicator's verified
/// realisasi, narratives, target and evidence records. Refused while the OPD's round is not locked,
/// so the Pemda never receives numbers the OPD has not verified. The audit trail records the copy.
/// </summary>
public static class TakeRekap
{
    public static async Task Handle(int formId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var form = await FormatAccess.LoadAsync(formId, db, scope, ct);
        PemdaAccess.EnsurePemdaLevel(form);
        if (!FormatPermissions.IsFiller(form, scope) && !PemdaAccess.Runs(scope, form.PengumpulanData.PemdaId))
            throw new ForbiddenException("Rekap diambil oleh perencanaan perangkat daerah yang bersangkutan atau oleh Bappeda.");
        if (!form.Status.IsEditable())
            throw new DomainException(form.Status == FormatStatus.Terkunci
                ? "Formulir sudah terkunci; buka kembali dengan alasan untuk mengambil rekap lagi."
                : "Formulir sudah diajukan dan sedang diverifikasi; rekap tidak dapat diambil ulang sekarang.");
        var round = form.PengumpulanData;
        var period = $"{Periode.Triwulan(round.Triwulan)} {round.Tahun}";
        var source = await SourcePengumpulanAsync(form, db, ct)
            ?? throw new DomainException($"Pengumpulan data {period} {form.SumberOpd?.Nama} belum dibuka; rekap belum dapat diambil.");
        if (source.DikunciUtc is null)
            throw new DomainException($"Pengumpulan data {period} {form.SumberOpd?.Nama} belum dikunci; rekap dapat diambil setelah semua formulirnya diverifikasi dan putarannya dikunci.");
        await CopyAsync(form, source, db, ct);
        db.ChangeReason = $"Rekap diambil dari pengumpulan data {period} yang sudah dikunci";
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The OPD's own round of the same quarter, if it was opened.</summary>
    public static Task<PengumpulanData?> SourcePengumpulanAsync(FormatDataKinerja form, AppDbContext db, CancellationToken ct)
    {
        var round = form.PengumpulanData;
        return db.PengumpulanData.FirstOrDefaultAsync(x => x.PemdaId == round.PemdaId && x.PerangkatDaerahId == form.SumberOpdId
                                                             && x.Tahun == round.Tahun && x.Triwulan == round.Triwulan, ct);
    }

    /// <summary>Puts the locked rows on the tracked Pemda form (rows the OPD round lacks are left as they are).</summary>
    public static async Task CopyAsync(FormatDataKinerja form, PengumpulanData source, AppDbContext db, CancellationToken ct)
    {
        var ids = form.Indikator.Select(i => i.IndikatorId).ToList();
        var rows = await db.FormatIndikator.AsNoTracking().Where(x => ids.Contains(x.IndikatorId))
            .Join(db.FormatDataKinerja.Where(f => f.PengumpulanDataId == source.Id), x => x.FormatDataKinerjaId, f => f.Id, (x, f) => new { Row = x, Path = f.UnitKerja!.Path })
            .ToListAsync(ct);
        var sourceIds = rows.Select(x => x.Row.Id).ToList();
        var sourceBukti = (await db.BuktiDukung.AsNoTracking().Where(b => sourceIds.Contains(b.FormatIndikatorId)).ToListAsync(ct)).ToLookup(b => b.FormatIndikatorId);
        var rowIds = form.Indikator.Select(i => i.Id).ToList();
        var bukti = await db.BuktiDukung.Where(b => rowIds.Contains(b.FormatIndikatorId)).ToListAsync(ct);
        foreach (var target in form.Indikator)
        {
            var mine = rows.Where(x => x.Row.IndikatorId == target.IndikatorId).ToList();
            if (mine.Count == 0) continue;
            var v = PengumpulanPemda.Merge(mine.Select(x => new RekapSource(x.Path, x.Row.Realisasi, x.Row.FaktorPendukung, x.Row.FaktorPenghambat, x.Row.TindakLanjut, x.Row.Penjelasan)));
            (target.Realisasi, target.FaktorPendukung, target.FaktorPenghambat, target.TindakLanjut, target.Penjelasan) =
                (v.Realisasi, v.FaktorPendukung, v.FaktorPenghambat, v.TindakLanjut, v.Penjelasan);
            // The target the OPD reported against (its Rencana Aksi at the time) when the Pemda form had none.
            target.Target ??= mine.Select(x => x.Row.Target).FirstOrDefault(t => t is not null);
            target.TargetAtas ??= mine.Select(x => x.Row.TargetAtas).FirstOrDefault(t => t is not null);
            // Evidence is the same file (stored by its SHA-256); the Pemda row points at it again rather than copying bytes.
            db.BuktiDukung.RemoveRange(bukti.Where(b => b.FormatIndikatorId == target.Id));
            foreach (var b in mine.SelectMany(x => sourceBukti[x.Row.Id]).OrderBy(b => b.Id))
                db.BuktiDukung.Add(new BuktiDukung
                {
                    FormatIndikatorId = target.Id, NamaFile = b.NamaFile, JenisKonten = b.JenisKonten, Ukuran = b.Ukuran, Sha256 = b.Sha256,
                    DiunggahOleh = b.DiunggahOleh, DiunggahUtc = b.DiunggahUtc,
                });
        }
    }
}
