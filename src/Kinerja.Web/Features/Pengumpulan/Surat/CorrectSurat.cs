using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>SOP step 2 (koreksi): the Kasubag Perencanaan has corrected the draft, with an optional comment; it waits for paraf.</summary>
public static class CorrectSurat
{
    public static async Task<SuratPengumpulan> Handle(int id, SuratStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var step = await SuratStep.BeginAsync(id, SuratAction.Koreksi, r.Version, db, scope, ct);
        step.Surat.Correct(step.UserName, step.NamaLengkap, clock.UtcNow, r.Catatan);
        return await SuratStep.SaveAsync(step, r.Catatan, db, ct);
    }
}
