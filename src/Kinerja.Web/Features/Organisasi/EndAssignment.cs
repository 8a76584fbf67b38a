using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>
/// Ends a user's hold on a jabatan as of yesterday, so today they no longer act in it; an assignment
/// that has not started yet is simply removed. The row stays as history otherwise.
/// </summary>
public static class EndAssignment
{
    public static async Task Handle(string userId, int assignmentId, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var user = await AssignJabatan.LoadManagedUserAsync(userId, db, scope, ct);
        var a = await db.JabatanAssignments.Include(x => x.Jabatan).FirstOrDefaultAsync(x => x.Id == assignmentId && x.UserId == userId, ct)
                ?? throw new NotFoundException("Penugasan tidak ditemukan.");
        if (!scope.CanManageJabatan(a.Jabatan)) throw new ForbiddenException();
        AssignJabatan.EnsureSeparationOfDuties(user, a.Jabatan, scope);
        var yesterday = clock.Today.AddDays(-1);
        if (a.StartDate > yesterday) db.JabatanAssignments.Remove(a);
        else if (a.EndDate is null || a.EndDate > yesterday) a.EndDate = yesterday;
        // A new stamp in the same save: every session of the user ends with the jabatan (issue 13, finding 2).
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        await db.SaveChangesAsync(ct);
    }
}
