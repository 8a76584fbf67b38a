using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

public record UpdateSuratRequest(string? Perihal, string? Isi, int Version);

/// <summary>Changes the subject and text while the letter is drafted or corrected (SOP steps 1–2); after paraf the text is fixed.</summary>
public static class UpdateSurat
{
    public static async Task<SuratPengumpulan> Handle(int id, UpdateSuratRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var surat = await SuratAccess.LoadAsync(id, db, scope, ct);
        var actors = await SuratAccess.ActorsAsync(surat.PerangkatDaerahId, surat.PengumpulanData.PemdaId, db, scope, ct);
        if (!actors.IsClerical) throw new ForbiddenException("Teks surat diubah oleh penyusun atau Kasubag Perencanaan.");
        db.Entry(surat).Property(s => s.Version).OriginalValue = r.Version;
        surat.Edit(r.Perihal, r.Isi);
        await db.SaveChangesAsync(ct);
        return surat;
    }
}
