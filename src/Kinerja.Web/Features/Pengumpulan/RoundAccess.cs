using Kinerja.Web.Data;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// Rounds and forms under the access scope. A round is read by whoever reads its OPD; a form by whoever
/// reads its unit (a Seksi's staff see their own form, not the neighbour's). Not readable → 404.
/// </summary>
public static class RoundAccess
{
    public static async Task<PengumpulanData> RoundAsync(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var round = await db.PengumpulanData.Include(r => r.PerangkatDaerah).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || !CanRead(round, scope)) throw new NotFoundException("Pengumpulan data tidak ditemukan.");
        return round;
    }

    public static bool CanRead(PengumpulanData round, AccessScope scope) => round.PerangkatDaerah is { } opd
        ? scope.CanReadOpd(opd)
        // The Pemda-wide round: the planning agency and the Pemda read it, and each OPD's planning section and Kepala take part.
        : scope.ReadsWholePemda(round.PemdaId)
          || scope.Jabatan.Any(j => j.PemdaId == round.PemdaId && j.OpdId is int o && (scope.IsPlanningOf(o, round.PemdaId) || scope.HoldsRoleInOpd(Domain.Organisasi.SopRole.Kepala, o)));

    /// <summary>The form with its round, unit and rows; 404 unless the user reads the form's unit.</summary>
    public static async Task<FormatDataKinerja> FormAsync(int id, AppDbContext db, AccessScope scope, CancellationToken ct, bool tracked = true)
    {
        var q = db.FormatDataKinerja
            .Include(f => f.PengumpulanData).ThenInclude(r => r.PerangkatDaerah)
            .Include(f => f.UnitKerja).Include(f => f.SumberOpd)
            .Include(f => f.Indikator).ThenInclude(r => r.Indikator)
            .Include(f => f.Indikator).ThenInclude(r => r.Bukti)
            .Include(f => f.Anggaran).ThenInclude(r => r.ProgramKegiatan)
            .AsSplitQuery();
        var form = await (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (form is null || !CanRead(form, scope)) throw new NotFoundException("Formulir data kinerja tidak ditemukan.");
        return form;
    }

    public static bool CanRead(FormatDataKinerja form, AccessScope scope) =>
        form.UnitKerja is { } unit ? scope.CanReadUnit(unit, form.PengumpulanData.PemdaId)
        // A Pemda-level form is the OPD's recap: its own OPD and the Pemda-wide readers see it, not the other OPDs.
        : form.SumberOpd is { } opd ? scope.CanReadOpd(opd)
        : CanRead(form.PengumpulanData, scope);
}
