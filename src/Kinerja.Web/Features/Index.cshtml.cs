using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features;

/// <summary>Beranda: who the user is, the jabatan they hold today and what they can reach.</summary>
public class IndexModel(CurrentUser me, AppDbContext db) : PageModel
{
    public AccessScope Scope { get; private set; } = AccessScope.None;
    public string FullName { get; private set; } = "";
    public int UnitCount { get; private set; }
    public int OpdCount { get; private set; }
    public List<(string Jabatan, DateOnly End, bool IsPlt)> Ended { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Scope = await me.ScopeAsync(ct);
        FullName = await db.Users.Where(u => u.Id == me.Id).Select(u => u.FullName).FirstAsync(ct);
        UnitCount = await Scope.Units(db.UnitKerja).CountAsync(ct);
        OpdCount = await Scope.PerangkatDaerah(db.PerangkatDaerah).CountAsync(ct);
        Ended = await me.EndedAssignmentsAsync(ct);
    }
}
