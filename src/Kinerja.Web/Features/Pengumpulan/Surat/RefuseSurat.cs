using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>A paraf or the signature refused with a reason (tolak): the letter goes back to correction.</summary>
public static class RefuseSurat
{
    public static async Task<SuratPengumpulan> Handle(int id, SuratStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var step = await SuratStep.BeginAsync(id, SuratAction.Tolak, r.Version, db, scope, ct);
        step.Surat.Refuse(step.UserName, step.NamaLengkap, clock.UtcNow, r.Catatan);
        return await SuratStep.SaveAsync(step, r.Catatan, db, ct);
    }
}
