using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// Forms under the access scope: a form is read by whoever reads its unit (a Seksi's staff see their own
/// form, not the neighbour's). Not readable → 404. What a reader may also do is <see cref="FormatPermissions"/>.
/// </summary>
public static class FormatAccess
{
    /// <summary>The form with its round, unit and rows; 404 unless the user reads the form's unit.</summary>
    public static async Task<FormatDataKinerja> LoadAsync(int id, AppDbContext db, AccessScope scope, CancellationToken ct, bool tracked = true)
    {
        var q = db.FormatDataKinerja
            .Include(f => f.PengumpulanData).ThenInclude(r => r.PerangkatDaerah)
            .Include(f => f.UnitKerja).Include(f => f.SumberOpd)
            .Include(f => f.Indikator).ThenInclude(r => r.Indikator)
            .Include(f => f.Indikator).ThenInclude(r => r.Bukti)
            .Include(f => f.Anggaran).ThenInclude(r => r.ProgramKegiatan)
            .AsSplitQuery();
        var format = await (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (format is null || !CanRead(format, scope)) throw new NotFoundException("Formulir data kinerja tidak ditemukan.");
        return format;
    }

    public static bool CanRead(FormatDataKinerja format, AccessScope scope) =>
        format.UnitKerja is { } unit ? scope.CanReadUnit(unit, format.PengumpulanData.PemdaId)
        // A Pemda-level form is the OPD's recap: its own OPD and the Pemda-wide readers see it, not the other OPDs.
        : format.SumberOpd is { } opd ? scope.CanReadOpd(opd)
        : PengumpulanAccess.CanRead(format.PengumpulanData, scope);

    /// <summary>
    /// The form for one step of the chain by a validator (pass on, approve, return, verify, reopen): read-checked (404),
    /// the version the user looked at (a form changed since is a 409 at the save), the step fitting the status (422
    /// naming it), then the person (403). The step itself is the entity's method the use case calls next.
    /// </summary>
    public static async Task<FormatDataKinerja> LoadForStepAsync(int id, FormatAction action, int version, AppDbContext db, AccessScope scope,
        Clock clock, CancellationToken ct)
    {
        var format = await LoadAsync(id, db, scope, ct);
        db.Entry(format).Property(f => f.Version).OriginalValue = version;
        format.EnsureAllows(action);
        FormatPermissions.EnsureMayTake(format, action, scope, clock.UtcNow);
        return format;
    }
}
