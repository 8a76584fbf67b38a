using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>
/// Who reads a round's letters and who holds the SOP roles the chain asks for. The OPD's office (Kepala,
/// Sekretaris, planning section, admins) reads every letter of its rounds; a unit's people read a letter
/// once it has been distributed to their unit. Not readable → 404; readable but not theirs to act on → 403.
/// </summary>
public static class SuratAccess
{
    private static readonly SopRole[] Office = [SopRole.Kepala, SopRole.Sekretaris, SopRole.KasubagPerencanaan, SopRole.AdminOpd];

    public static async Task<SuratPengumpulan> LoadAsync(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var surat = await db.SuratPengumpulan
            .Include(s => s.PengumpulanData).ThenInclude(r => r.PerangkatDaerah)
            .Include(s => s.Riwayat).Include(s => s.Penerima).ThenInclude(p => p.UnitKerja)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (surat is null || !await CanReadAsync(surat, db, scope, ct)) throw new NotFoundException("Surat tidak ditemukan.");
        return surat;
    }

    public static async Task<bool> CanReadAsync(SuratPengumpulan surat, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        if (!PengumpulanAccess.CanRead(surat.PengumpulanData, scope)) return false;
        if (await IsOfficeAsync(surat.PerangkatDaerahId, surat.PengumpulanData.PemdaId, db, scope, ct)) return true;
        return surat.Status >= SuratStatus.Didistribusikan
               && surat.Penerima.Any(p => scope.CanReadUnit(p.UnitKerja, surat.PengumpulanData.PemdaId));
    }

    /// <summary>The OPD's leadership, planning section (staff included) and admins: they see every letter, drafts too.</summary>
    public static async Task<bool> IsOfficeAsync(int opdId, int pemdaId, AppDbContext db, AccessScope scope, CancellationToken ct) =>
        Office.Any(r => scope.HoldsRoleInOpd(r, opdId)) || scope.CanManagePemda(pemdaId)
        || (await ActorsAsync(opdId, pemdaId, db, scope, ct)).Holds(SopRole.Pelaksana);

    public static async Task<SuratActors> ActorsAsync(int opdId, int pemdaId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        // The SOP's "Staf/JF umum" is the planning subbag's staff: a Pelaksana in a unit where a Kasubag Perencanaan sits.
        var planningStaff = false;
        if (scope.Jabatan.Any(j => j.Role == SopRole.Pelaksana && j.OpdId == opdId))
        {
            var units = await db.Jabatan.Where(j => j.PerangkatDaerahId == opdId && j.Role == SopRole.KasubagPerencanaan && j.UnitKerjaId != null)
                .Select(j => j.UnitKerjaId!.Value).ToListAsync(ct);
            planningStaff = scope.Jabatan.Any(j => j.Role == SopRole.Pelaksana && j.OpdId == opdId && j.UnitId is int u && units.Contains(u));
        }
        return new SuratActors(scope, opdId, pemdaId, planningStaff);
    }

    /// <summary>The round of the letters; 404 unless the user reads it.</summary>
    public static Task<PengumpulanData> PengumpulanAsync(int pengumpulanId, AppDbContext db, AccessScope scope, CancellationToken ct) =>
        PengumpulanAccess.LoadAsync(pengumpulanId, db, scope, ct);
}

/// <summary>Which of the chain's SOP roles the user holds in one OPD.</summary>
public sealed class SuratActors(AccessScope scope, int opdId, int pemdaId, bool planningStaff)
{
    public bool Holds(SopRole role) => role switch
    {
        SopRole.Pelaksana => planningStaff,
        SopRole.AdminPemda => scope.CanManagePemda(pemdaId),
        _ => scope.HoldsRoleInOpd(role, opdId),
    };

    public bool HoldsAny(IEnumerable<SopRole> roles) => roles.Any(Holds);

    /// <summary>Drafts, edits before paraf, duplicates, distributes, archives; manages the templates.</summary>
    public bool IsClerical => HoldsAny(SuratChain.Clerical);

    /// <summary>May the user take this step now? (Status, person and the once-per-pass paraf.)</summary>
    public bool MayTake(SuratPengumpulan surat, SuratAction action, string? userName) =>
        SuratChain.Allows(surat.Status, action) && HoldsAny(SuratChain.Actors(surat.Status, action))
        && !(action == SuratAction.Paraf && userName is not null
             && SuratChain.ParafedInPass(surat.Riwayat.OrderBy(r => r.AtUtc).ThenBy(r => r.Id).Select(r => (r.Aksi, r.UserName)), userName));
}
