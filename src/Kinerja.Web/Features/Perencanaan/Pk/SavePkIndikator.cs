using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <param name="IndikatorId">Used when adding; a row's indicator does not change (remove and add instead).</param>
/// <param name="SupportsId">A row of the pihak kedua's PK of the same year that this row supports (the cascade).</param>
public record SavePkIndikatorRequest(int IndikatorId, decimal Target, int? SupportsId = null);

/// <summary>Adds, changes or removes an indicator row of a draft PK; a signed PK needs a PK perubahan first.</summary>
public static class SavePkIndikator
{
    public static async Task<PerjanjianKinerjaIndikator> Add(int pkId, SavePkIndikatorRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var pk = await PkAccess.EditableAsync(pkId, db, scope, ct);
        var indikator = await db.Indikator.FirstOrDefaultAsync(i => i.Id == r.IndikatorId && i.Sasaran!.Tujuan.Renstra.PerangkatDaerahId == pk.PerangkatDaerahId
                            && i.Sasaran.Tujuan.Renstra.TahunAwal <= pk.Tahun && pk.Tahun <= i.Sasaran.Tujuan.Renstra.TahunAkhir, ct)
                        ?? throw new DomainException($"Indikator harus indikator Renstra perangkat daerah ini yang mencakup tahun {pk.Tahun}.", "IndikatorId");
        if (pk.Indikator.Any(x => x.IndikatorId == indikator.Id))
            throw new DomainException($"Indikator {indikator.Kode} sudah ada dalam Perjanjian Kinerja ini.", "IndikatorId");
        var row = new PerjanjianKinerjaIndikator { PerjanjianKinerjaId = pk.Id, IndikatorId = indikator.Id, Indikator = indikator };
        await ApplyAsync(pk, row, r, db, ct);
        pk.Indikator.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static async Task<PerjanjianKinerjaIndikator> Update(int pkId, int rowId, SavePkIndikatorRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var pk = await PkAccess.EditableAsync(pkId, db, scope, ct);
        var row = pk.Indikator.FirstOrDefault(x => x.Id == rowId) ?? throw new NotFoundException("Baris indikator PK tidak ditemukan.");
        await ApplyAsync(pk, row, r, db, ct);
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static async Task Remove(int pkId, int rowId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var pk = await PkAccess.EditableAsync(pkId, db, scope, ct);
        var row = pk.Indikator.FirstOrDefault(x => x.Id == rowId) ?? throw new NotFoundException("Baris indikator PK tidak ditemukan.");
        var supporters = await db.PerjanjianKinerjaIndikator.CountAsync(x => x.SupportsId == rowId, ct);
        if (supporters > 0)
            throw new DomainException($"Indikator {row.Indikator.Kode} didukung oleh {supporters} indikator PK bawahan; lepaskan kaitannya lebih dahulu.");
        db.PerjanjianKinerjaIndikator.Remove(row);
        await db.SaveChangesAsync(ct);
    }

    private static async Task ApplyAsync(PerjanjianKinerja pk, PerjanjianKinerjaIndikator row, SavePkIndikatorRequest r, AppDbContext db, CancellationToken ct)
    {
        var i = row.Indikator;
        ValueLimit.Ensure(r.Target, "Target");
        IndikatorValue.Check(r.Target, i.Decimals, i.Satuan, i.AllowsAbove100, "Target", $"Target {i.Kode}");
        if (r.SupportsId is int supports)
        {
            if (pk.AtasanJabatanId is null)
                throw new DomainException("PK ini tidak memiliki pihak kedua dalam sistem, jadi tidak mendukung indikator PK lain.", "SupportsId");
            var upper = await db.PerjanjianKinerjaIndikator.AnyAsync(x => x.Id == supports && x.PerjanjianKinerja.JabatanId == pk.AtasanJabatanId
                && x.PerjanjianKinerja.Tahun == pk.Tahun && x.PerjanjianKinerja.Status != PerjanjianKinerjaStatus.Superseded, ct);
            if (!upper) throw new DomainException($"Indikator yang didukung harus indikator PK pihak kedua tahun {pk.Tahun} yang berlaku.", "SupportsId");
            // Links can only run upward, but pihak kedua is chosen, so two PKs may name each other.
            var links = await db.PerjanjianKinerjaIndikator.Where(x => x.PerjanjianKinerja.Tahun == pk.Tahun && x.PerjanjianKinerja.PerangkatDaerahId == pk.PerangkatDaerahId)
                .Select(x => new { x.Id, x.SupportsId }).ToDictionaryAsync(x => x.Id, x => x.SupportsId, ct);
            Cascade.EnsureNoCycle(row.Id, supports, links);
        }
        (row.Target, row.SupportsId) = (r.Target, r.SupportsId);
    }
}
