using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>SOP step 7 (distribusikan): the letter reaches every recipient unit's inbox, where its read receipt is given.</summary>
public static class DistributeSurat
{
    public static async Task<SuratPengumpulan> Handle(int id, SuratStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var step = await SuratStep.BeginAsync(id, SuratAction.Distribusikan, r.Version, db, scope, ct);
        step.Surat.Distribute(step.UserName, step.NamaLengkap, clock.UtcNow, r.Catatan);
        return await SuratStep.SaveAsync(step, r.Catatan, db, ct);
    }
}
