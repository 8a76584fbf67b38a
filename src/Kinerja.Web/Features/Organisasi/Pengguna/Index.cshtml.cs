using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Organisasi.Pengguna;

public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public List<UserDto> Users { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.ManagesAnything) return Forbid();
        Users = await UserQueries.ToDtosAsync(scope.Users(db.Users).OrderBy(u => u.PerangkatDaerahId).ThenBy(u => u.UserName), db, clock, ct);
        return Page();
    }
}
