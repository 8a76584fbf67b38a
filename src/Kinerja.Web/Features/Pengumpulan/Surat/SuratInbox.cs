using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <param name="Tugas">What waits for the user: the action's button text, or "Baca" for a letter received and not yet read.</param>
public record SuratInboxItem(int SuratId, int PengumpulanDataId, int PerangkatDaerahId, SuratJenis Jenis, string JenisLabel, string Perihal, string Periode, string? Nomor,
    SuratStatus Status, string StatusLabel, string Tugas, DateTime BatasWaktuUtc, string Url);

/// <summary>
/// What waits for the current user among the letters: letters to submit, correct, initial, sign, duplicate,
/// distribute or archive (by the SOP role they hold), and letters their unit received but nobody there has read.
/// For the shared inbox page.
/// </summary>
public static class SuratInbox
{
    public static async Task<List<SuratInboxItem>> PendingForAsync(AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var opds = scope.Jabatan.Where(j => j.OpdId is not null).Select(j => j.OpdId!.Value).Distinct().ToList();
        var pemda = scope.ManagedPemdaIds().ToList();
        var units = scope.Jabatan.Where(j => j.UnitId is not null).Select(j => j.UnitId!.Value).Distinct().ToList();
        var candidates = await db.SuratPengumpulan
            .Where(s => s.Status != SuratStatus.Diarsipkan && (opds.Contains(s.PerangkatDaerahId) || pemda.Contains(s.PengumpulanData.PemdaId))
                        || (s.Status >= SuratStatus.Didistribusikan && s.Penerima.Any(p => p.DibacaUtc == null && units.Contains(p.UnitKerjaId))))
            .Include(s => s.PengumpulanData).ThenInclude(r => r.PerangkatDaerah)
            .Include(s => s.Riwayat).Include(s => s.Penerima).ThenInclude(p => p.UnitKerja)
            .AsSplitQuery().ToListAsync(ct);

        var items = new List<SuratInboxItem>();
        foreach (var s in candidates.OrderBy(s => s.PengumpulanData.BatasWaktuUtc).ThenBy(s => s.Id))
        {
            if (!await SuratAccess.CanReadAsync(s, db, scope, ct)) continue;
            var actors = await SuratAccess.ActorsAsync(s.PerangkatDaerahId, s.PengumpulanData.PemdaId, db, scope, ct);
            // Refusing is the other side of the same waiting step; the inbox names the step itself.
            // Admins may stand in for the clerical steps, but those wait for the planning section, not in every admin's inbox.
            var action = SuratChain.Possible(s.Status).Where(a => a != SuratAction.Tolak)
                .FirstOrDefault(a => actors.MayTake(s, a, scope.UserName)
                                     && SuratChain.Actors(s.Status, a).Any(r => r is not (SopRole.AdminOpd or SopRole.AdminPemda) && actors.Holds(r)));
            var unread = s.Status >= SuratStatus.Didistribusikan && s.Penerima.Any(p => p.DibacaUtc == null && units.Contains(p.UnitKerjaId));
            if (action == default && !unread) continue;
            items.Add(new SuratInboxItem(s.Id, s.PengumpulanDataId, s.PerangkatDaerahId, s.Jenis, s.Jenis.Label(), s.Perihal, SuratDocument.PeriodeText(s.PengumpulanData), s.Nomor,
                s.Status, s.Status.Label(), action != default ? action.Verb() : "Baca", s.PengumpulanData.BatasWaktuUtc, $"/Pengumpulan/Surat/Detail?id={s.Id}"));
        }
        return items;
    }
}
