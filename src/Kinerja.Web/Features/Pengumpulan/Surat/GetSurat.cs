using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

public record SuratSummaryDto(int Id, int PengumpulanDataId, int PerangkatDaerahId, SuratJenis Jenis, string JenisLabel, string Perihal,
    SuratStatus Status, string StatusLabel, string? Nomor, DateOnly? Tanggal, int Penerima, int Dibaca, int Version);

public record SuratRiwayatDto(SuratAction Aksi, string AksiLabel, SuratStatus DariStatus, SuratStatus KeStatus, string UserName, string? NamaLengkap, DateTime AtUtc, string? Catatan);

public record SuratPenerimaDto(int UnitKerjaId, string Unit, DateTime? DiterimaUtc, string? DibacaOleh, DateTime? DibacaUtc);

/// <param name="Actions">The steps the current user may take now (the buttons); the URL word is the action's slug.</param>
/// <param name="CanEdit">Whether the current user may change the subject and text now.</param>
public record SuratDto(int Id, int PengumpulanDataId, int PerangkatDaerahId, string PerangkatDaerah, string Periode, DateTime BatasWaktuUtc,
    SuratJenis Jenis, string JenisLabel, string Perihal, string? Isi, SuratStatus Status, string StatusLabel, string? Catatan,
    string? Nomor, DateOnly? Tanggal, string? DitandatanganiOleh, string DibuatOleh, DateTime DibuatUtc, int Version,
    List<SuratAction> Actions, bool CanEdit, List<SuratRiwayatDto> Riwayat, List<SuratPenerimaDto> Penerima);

/// <summary>A round's letters, and one letter with its history, recipients and what the current user may do with it.</summary>
public static class GetSurat
{
    public static async Task<List<SuratSummaryDto>> ListAsync(int roundId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var round = await SuratAccess.PengumpulanAsync(roundId, db, scope, ct);
        var letters = await db.SuratPengumpulan.Where(s => s.PengumpulanDataId == round.Id).Include(s => s.PengumpulanData)
            .Include(s => s.Penerima).ThenInclude(p => p.UnitKerja).OrderBy(s => s.Jenis).AsSplitQuery().ToListAsync(ct);
        var visible = new List<SuratSummaryDto>();
        foreach (var s in letters)
            if (await SuratAccess.CanReadAsync(s, db, scope, ct))
                visible.Add(new SuratSummaryDto(s.Id, s.PengumpulanDataId, s.PerangkatDaerahId, s.Jenis, s.Jenis.Label(), s.Perihal, s.Status, s.Status.Label(),
                    s.Nomor, s.Tanggal, s.Penerima.Count, s.Penerima.Count(p => p.DibacaUtc != null), s.Version));
        return visible;
    }

    public static async Task<SuratDto> Handle(int id, AppDbContext db, AccessScope scope, CancellationToken ct) =>
        await ToDtoAsync(await SuratAccess.LoadAsync(id, db, scope, ct), db, scope, ct);

    public static async Task<SuratDto> ToDtoAsync(SuratPengumpulan s, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var round = s.PengumpulanData;
        var actors = await SuratAccess.ActorsAsync(s.PerangkatDaerahId, round.PemdaId, db, scope, ct);
        var actions = SuratChain.Possible(s.Status).Where(a => actors.MayTake(s, a, scope.UserName)).ToList();
        return new SuratDto(s.Id, s.PengumpulanDataId, s.PerangkatDaerahId, round.PerangkatDaerah?.Nama ?? "", SuratDocument.PeriodeText(round), round.BatasWaktuUtc,
            s.Jenis, s.Jenis.Label(), s.Perihal, s.Isi, s.Status, s.Status.Label(), s.Catatan, s.Nomor, s.Tanggal, s.DitandatanganiOleh,
            s.DibuatOleh, s.DibuatUtc, s.Version, actions, s.Status.IsEditable() && actors.IsClerical,
            s.Riwayat.OrderBy(r => r.AtUtc).ThenBy(r => r.Id)
                .Select(r => new SuratRiwayatDto(r.Aksi, r.Aksi.Label(), r.DariStatus, r.KeStatus, r.UserName, r.NamaLengkap, r.AtUtc, r.Catatan)).ToList(),
            s.Penerima.OrderBy(p => p.UnitKerja.Path)
                .Select(p => new SuratPenerimaDto(p.UnitKerjaId, p.UnitKerja.Nama, p.DiterimaUtc, p.DibacaOleh, p.DibacaUtc)).ToList());
    }
}
