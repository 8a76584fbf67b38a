using System.Security.Claims;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Infrastructure.Authorization;

/// <summary>The signed-in user of this request and their <see cref="AccessScope"/>, loaded once.</summary>
public class CurrentUser(IHttpContextAccessor http, AppDbContext db, Clock clock)
{
    private AccessScope? _scope;

    public string? Id => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<AccessScope> ScopeAsync(CancellationToken ct = default) => _scope ??= await LoadAsync(ct);

    /// <summary>Assignments that ended (mostly Plt) so the dashboard can say why access is gone.</summary>
    public async Task<List<(string Jabatan, DateOnly End, bool IsPlt)>> EndedAssignmentsAsync(CancellationToken ct = default)
    {
        var id = Id;
        var today = clock.Today;
        var rows = await db.JabatanAssignments.Where(a => a.UserId == id && a.EndDate != null && a.EndDate < today)
            .Select(a => new { a.Jabatan.Nama, a.EndDate, a.IsPlt }).ToListAsync(ct);
        return rows.Select(r => (r.Nama, r.EndDate!.Value, r.IsPlt)).ToList();
    }

    private async Task<AccessScope> LoadAsync(CancellationToken ct)
    {
        var id = Id;
        if (id is null) return AccessScope.None;
        var today = clock.Today;
        var user = await db.Users.Where(u => u.Id == id).Select(u => new { u.UserName }).FirstOrDefaultAsync(ct);
        if (user is null) return AccessScope.None;

        var rows = await db.JabatanAssignments
            .Where(a => a.UserId == id && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .Select(a => new
            {
                a.JabatanId, a.Jabatan.Nama, a.Jabatan.Role, a.IsPlt, a.EndDate,
                a.Jabatan.PemdaId, PemdaNama = a.Jabatan.Pemda.Nama,
                OpdId = a.Jabatan.PerangkatDaerahId, OpdNama = a.Jabatan.PerangkatDaerah!.Nama,
                ReadsAcross = (bool?)a.Jabatan.PerangkatDaerah!.ReadsAcrossPemda ?? false,
                UnitId = a.Jabatan.UnitKerjaId, UnitNama = a.Jabatan.UnitKerja!.Nama, UnitPath = a.Jabatan.UnitKerja!.Path,
            })
            .ToListAsync(ct);

        var scope = new AccessScope(id, user.UserName,
            rows.Select(r => new ActiveJabatan(r.JabatanId, r.Nama, r.Role, r.IsPlt, r.EndDate,
                r.PemdaId, r.PemdaNama, r.OpdId, r.OpdNama, r.UnitId, r.UnitNama)).ToList());

        foreach (var r in rows)
        {
            if (AccessRules.PlanEditing(r.Role) is AccessLevel planLevel) scope.GrantPlan(planLevel, r.PemdaId, r.OpdId);
            var subtree = new List<(int UnitId, int OpdId)>();
            if (r.UnitPath is not null)
            {
                var path = r.UnitPath;
                subtree = (await db.UnitKerja.Where(u => u.Path.StartsWith(path))
                        .Select(u => new { u.Id, u.PerangkatDaerahId }).ToListAsync(ct))
                    .Select(u => (u.Id, u.PerangkatDaerahId)).ToList();
                scope.GrantRoleOver(r.Role, subtree.Select(s => s.UnitId));
            }
            foreach (var grant in AccessRules.GrantsFor(r.Role, r.UnitId is not null, r.ReadsAcross))
                scope.Grant(grant.Level, grant.Manage, r.PemdaId, r.OpdId, grant.Level == AccessLevel.Subtree ? subtree : []);
        }
        return scope;
    }
}
