using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop;

/// <summary>The SOPs of each OPD the user reads, grouped by OPD.</summary>
public class IndexModel(CurrentUser me, AppDbContext db) : PageModel
{
    public record OpdSops(PerangkatDaerah Opd, bool CanWrite, List<SopDto> Sops);

    public List<OpdSops> Groups { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var sops = await ListSop.Handle(null, db, scope, ct);
        var opds = await scope.PerangkatDaerah(db.PerangkatDaerah).Include(o => o.Pemda).AsNoTracking()
            .OrderBy(o => o.Pemda.Nama).ThenBy(o => o.Nama).ToListAsync(ct);
        foreach (var opd in opds)
            Groups.Add(new OpdSops(opd, SopAccess.CanWrite(opd, scope), sops.Where(s => s.PerangkatDaerahId == opd.Id).ToList()));
    }
}
