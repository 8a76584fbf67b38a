using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

// Not ".Pemda": a namespace of that name would hide the Pemda entity from the whole Pengumpulan namespace.
namespace Kinerja.Web.Features.Pengumpulan.PemdaWide;

/// <summary>Who runs the Pemda-wide round: the planning agency's leaders and planning section, or the Admin Pemda.</summary>
public static class PemdaAccess
{
    public static bool Runs(AccessScope scope, int pemdaId) =>
        scope.CanManagePemda(pemdaId) || Enum.GetValues<SopRole>().Any(r => PengumpulanPemda.Opens(r) && scope.HoldsRoleInPlanningAgency(r, pemdaId));

    /// <summary>The Pemda (the user's own when not named); 404 when unreadable, 403 when the user does not run its rounds.</summary>
    public static async Task<Pemda> RunnablePemdaAsync(int? pemdaId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var readable = scope.ReadablePemdaIds();
        var id = pemdaId ?? (readable.Count == 1 ? readable.First() : 0);
        var pemda = readable.Contains(id) ? await db.Pemda.FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        if (pemda is null) throw new NotFoundException("Pemda tidak ditemukan.");
        if (!Runs(scope, pemda.Id))
            throw new ForbiddenException("Pengumpulan data tingkat Pemda dibuka oleh pimpinan atau perencanaan Bappeda (perangkat daerah perencana Pemda) atau Admin Pemda.");
        return pemda;
    }

    /// <summary>The form of the Pemda-wide round; a clear error for an OPD's own form.</summary>
    public static void EnsurePemdaLevel(FormatDataKinerja form)
    {
        if (form.PengumpulanData.PerangkatDaerahId is not null || form.SumberOpdId is null)
            throw new Kinerja.Domain.DomainException("Rekap hanya diambil untuk formulir pengumpulan data tingkat Pemda.");
    }
}
