using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>The OPDs in the user's scope, each with its unit tree.</summary>
public class IndexModel(CurrentUser me, AppDbContext db) : PageModel
{
    public record OpdTree(PerangkatDaerah Opd, bool CanManage, List<UnitKerja> Units);

    public AccessScope Scope { get; private set; } = AccessScope.None;
    public List<OpdTree> Trees { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Scope = await me.ScopeAsync(ct);
        var opds = await Scope.PerangkatDaerah(db.PerangkatDaerah).Include(o => o.Pemda).OrderBy(o => o.PemdaId).ThenBy(o => o.Nama).ToListAsync(ct);
        var units = await Scope.Units(db.UnitKerja).OrderBy(u => u.Path).ToListAsync(ct);
        foreach (var opd in opds)
            Trees.Add(new OpdTree(opd, Scope.CanManageOpd(opd.Id, opd.PemdaId), units.Where(u => u.PerangkatDaerahId == opd.Id).ToList()));
    }

    /// <summary>Units in tree order with the readable ones whose parent is out of scope shown as roots.</summary>
    public static IEnumerable<UnitKerja> Roots(List<UnitKerja> units) =>
        units.Where(u => u.ParentId is null || units.All(p => p.Id != u.ParentId));
}
