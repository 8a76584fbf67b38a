using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>SOP step 1 → 2 (ajukan): the drafter hands the draft in for the Kasubag Perencanaan's correction.</summary>
public static class SubmitSurat
{
    public static async Task<SuratPengumpulan> Handle(int id, SuratStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var step = await SuratStep.BeginAsync(id, SuratAction.Ajukan, r.Version, db, scope, ct);
        step.Surat.Submit(step.UserName, step.NamaLengkap, clock.UtcNow, r.Catatan);
        return await SuratStep.SaveAsync(step, r.Catatan, db, ct);
    }
}
