using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.JabatanPages;

public class IndexModel(CurrentUser me, AppDbContext db) : PageModel
{
    public record Row(Jabatan Jabatan, string? Opd, string Holders, bool CanManage);

    [BindProperty(SupportsGet = true)] public int? Opd { get; set; }
    public List<Organisasi.PerangkatDaerah> Opds { get; private set; } = [];
    public List<Row> Rows { get; } = [];

    public async Task OnGetAsync([FromServices] Infrastructure.Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Opds = await scope.PerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        var q = scope.JabatanOf(db.Jabatan).Include(j => j.UnitKerja).Include(j => j.PerangkatDaerah).AsQueryable();
        if (Opd is int opd) q = q.Where(j => j.PerangkatDaerahId == opd);
        var today = clock.Today;
        var list = await q.OrderBy(j => j.PerangkatDaerahId).ThenBy(j => j.Kode).ToListAsync(ct);
        var ids = list.Select(j => j.Id).ToList();
        var holders = (await db.JabatanAssignments.Where(a => ids.Contains(a.JabatanId) && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
                .Select(a => new { a.JabatanId, a.User.UserName, a.IsPlt }).ToListAsync(ct))
            .ToLookup(a => a.JabatanId, a => a.IsPlt ? $"{a.UserName} (Plt)" : a.UserName);
        foreach (var j in list)
            Rows.Add(new Row(j, j.PerangkatDaerah?.Nama, string.Join(", ", holders[j.Id]), scope.CanManageJabatan(j)));
    }
}
