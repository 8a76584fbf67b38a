using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>The end of the chain (arsipkan): the distributed letter is filed.</summary>
public static class ArchiveSurat
{
    public static async Task<SuratPengumpulan> Handle(int id, SuratStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var step = await SuratStep.BeginAsync(id, SuratAction.Arsipkan, r.Version, db, scope, ct);
        step.Surat.Archive(step.UserName, step.NamaLengkap, clock.UtcNow, r.Catatan);
        return await SuratStep.SaveAsync(step, r.Catatan, db, ct);
    }
}
