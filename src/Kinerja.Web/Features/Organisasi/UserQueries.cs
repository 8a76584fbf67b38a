using Kinerja.Web.Data;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

public static class UserQueries
{
    public static async Task<List<UserDto>> ToDtosAsync(IQueryable<AppUser> users, AppDbContext db, Clock clock, CancellationToken ct)
    {
        var list = await users.Select(u => new
        {
            u.Id, u.UserName, u.FullName, u.Nip, u.Email, u.PemdaId, u.PerangkatDaerahId, u.LockoutEnd,
            Assignments = u.Assignments.OrderBy(a => a.StartDate)
                .Select(a => new AssignmentDto(a.Id, a.JabatanId, a.Jabatan.Nama, a.Jabatan.Role, a.IsPlt, a.StartDate, a.EndDate)).ToList(),
        }).ToListAsync(ct);
        var now = clock.UtcNow;
        return list.Select(u => new UserDto(u.Id, u.UserName!, u.FullName, u.Nip, u.Email, u.PemdaId, u.PerangkatDaerahId,
            u.LockoutEnd is not null && u.LockoutEnd.Value.UtcDateTime > now, u.Assignments)).ToList();
    }
}
