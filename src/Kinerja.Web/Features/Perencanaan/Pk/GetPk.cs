using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>One PK as its pages, API and document show it: parties, rows with sasaran and cascade, Rencana Aksi with warnings, versions.</summary>
public static class GetPk
{
    public static async Task<PkDto> Handle(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var pk = await PkAccess.LoadAsync(id, db, scope, write: false, ct);
        var opd = await db.PerangkatDaerah.Where(o => o.Id == pk.PerangkatDaerahId).Select(o => new { o.Nama, Pemda = o.Pemda.Nama }).SingleAsync(ct);
        // The parties are who held the jabatan on the signing day; a draft shows today's holders.
        var day = pk.SignedAtUtc is DateTime s ? DateOnly.FromDateTime(clock.ToLocal(s)) : clock.Today;
        var pertama = await PkParties.HolderAsync(pk.JabatanId, "", day, db, ct);
        var kedua = await PkParties.HolderAsync(pk.AtasanJabatanId, PkParties.HeadOfRegion(opd.Pemda), day, db, ct);

        var indikatorIds = pk.Indikator.Select(r => r.IndikatorId).ToList();
        var sasaran = await db.Indikator.Where(i => indikatorIds.Contains(i.Id)).Select(i => new { i.Id, Sasaran = i.Sasaran!.Kode + " " + i.Sasaran.Uraian })
            .ToDictionaryAsync(x => x.Id, x => x.Sasaran, ct);
        var supportIds = pk.Indikator.Where(r => r.SupportsId != null).Select(r => r.SupportsId!.Value).ToList();
        var supports = await db.PerjanjianKinerjaIndikator.Where(x => supportIds.Contains(x.Id))
            .Select(x => new PkSupportDto(x.Id, x.PerjanjianKinerjaId, x.Indikator.Kode + " " + x.Indikator.Nama, x.PerjanjianKinerja.Jabatan.Nama))
            .ToDictionaryAsync(x => x.RowId, ct);
        var versions = await db.PerjanjianKinerja.Where(p => p.JabatanId == pk.JabatanId && p.Tahun == pk.Tahun).OrderBy(p => p.Revisi)
            .Select(p => new PkVersionDto(p.Id, p.Revisi, p.Status, p.SignedAtUtc)).ToListAsync(ct);

        var rows = pk.Indikator.OrderBy(r => sasaran.GetValueOrDefault(r.IndikatorId)).ThenBy(r => r.Indikator.Kode).Select(r =>
        {
            var i = r.Indikator;
            var ra = r.RencanaAksi;
            var quarters = ra?.Quarters ?? [null, null, null, null];
            return new PkRowDto(r.Id, i.Id, i.Kode, i.Nama, i.Satuan, i.Decimals, i.RollUp, sasaran.GetValueOrDefault(i.Id) ?? "",
                r.Target, PkText.Number(r.Target, i.Decimals), r.SupportsId is int sid ? supports.GetValueOrDefault(sid) : null,
                new RencanaAksiDto(ra?.TargetTw1, ra?.TargetTw2, ra?.TargetTw3, ra?.TargetTw4, ra?.Aksi, ra?.Anggaran, ra?.PenanggungJawab,
                    ra?.MismatchConfirmed ?? false, RencanaAksiCheck.Warning(i.RollUp, r.Target, quarters), ra?.Version ?? 0));
        }).ToList();

        var canEdit = pk.Status == PerjanjianKinerjaStatus.Draft && scope.CanEditPlan(pk.PerangkatDaerahId, pk.PerangkatDaerah.PemdaId);
        var canSign = pk.Status == PerjanjianKinerjaStatus.Draft && SignPk.CanSign(pk, scope);
        return new PkDto(pk.Id, pk.PerangkatDaerahId, opd.Nama, pk.Tahun, pk.Status, pk.Revisi, pk.PreviousId, pk.SignedAtUtc, pk.SignedByUserName,
            pertama, kedua, rows, versions, canEdit, canSign, pk.Version);
    }
}
