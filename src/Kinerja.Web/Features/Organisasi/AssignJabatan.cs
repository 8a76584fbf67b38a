using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

public record AssignJabatanRequest(int JabatanId, bool IsPlt, DateOnly? StartDate, DateOnly? EndDate);

public static class AssignJabatan
{
    public static async Task<JabatanAssignment> Handle(string userId, AssignJabatanRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var user = await LoadManagedUserAsync(userId, db, scope, ct);
        var jabatan = await scope.JabatanOf(db.Jabatan).FirstOrDefaultAsync(j => j.Id == r.JabatanId, ct)
                      ?? throw new DomainException("Jabatan tidak ditemukan.", "JabatanId");
        if (!scope.CanManageJabatan(jabatan)) throw new ForbiddenException("Anda tidak berwenang menugaskan jabatan ini.");
        EnsureSeparationOfDuties(user, jabatan, scope);
        if (jabatan.PemdaId != user.PemdaId) throw new DomainException("Jabatan berada di Pemda lain.", "JabatanId");

        var start = r.StartDate ?? throw new DomainException("Tanggal mulai wajib diisi.", "StartDate");
        var period = AssignmentPeriod.Create(start, r.EndDate, r.IsPlt, clock.Today);
        var overlaps = await db.JabatanAssignments.AnyAsync(a => a.UserId == userId && a.JabatanId == jabatan.Id
            && (a.EndDate == null || a.EndDate >= period.Start) && (period.End == null || a.StartDate <= period.End), ct);
        if (overlaps) throw new DomainException($"{user.FullName} sudah memangku {jabatan.Nama} pada periode itu.", "JabatanId");

        var assignment = new JabatanAssignment
        {
            UserId = user.Id, JabatanId = jabatan.Id, IsPlt = r.IsPlt, StartDate = period.Start, EndDate = period.End,
        };
        db.JabatanAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        return assignment;
    }

    /// <summary>Nobody changes their own jabatan; signing and validating jabatan are the Admin Pemda's alone.</summary>
    internal static void EnsureSeparationOfDuties(AppUser user, Jabatan jabatan, AccessScope scope)
    {
        if (user.Id == scope.UserId)
            throw new ForbiddenException("Anda tidak dapat mengubah jabatan Anda sendiri; mintalah admin lain.");
        if (jabatan.Role.OnlyAdminPemdaAssigns() && !scope.CanManagePemda(jabatan.PemdaId))
            throw new ForbiddenException($"Jabatan {jabatan.Role.Label()} hanya dapat ditugaskan atau diakhiri oleh Admin Pemda.");
    }

    internal static async Task<AppUser> LoadManagedUserAsync(string userId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var user = await scope.Users(db.Users).FirstOrDefaultAsync(u => u.Id == userId, ct)
                   ?? throw new NotFoundException("Pengguna tidak ditemukan.");
        if (!scope.CanManageUser(user)) throw new ForbiddenException();
        return user;
    }
}
