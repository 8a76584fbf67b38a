using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.Unit;

public class TambahModel(CurrentUser me, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "opd")] public int OpdId { get; set; }
    [BindProperty] public UnitForm Input { get; set; } = new();
    public PerangkatDaerah Opd { get; private set; } = null!;
    public List<UnitKerja> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? parent, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input.ParentId = parent;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var scope = await me.ScopeAsync(ct);
        UnitKerja? created = null;
        if (await this.TryRunAsync(async () => created = await CreateUnit.Handle(
                new CreateUnitRequest(OpdId, Input.ParentId, Input.Kode, Input.Nama, Input.Jenis), db, scope, ct)))
        {
            TempData["Pesan"] = $"Unit {created!.Nama} ditambahkan.";
            return Redirect("/Organisasi");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var opd = await scope.PerangkatDaerah(db.PerangkatDaerah).FirstOrDefaultAsync(o => o.Id == OpdId, ct);
        if (opd is null || !scope.CanManageOpd(opd.Id, opd.PemdaId)) return false;
        Opd = opd;
        Units = await db.UnitKerja.Where(u => u.PerangkatDaerahId == OpdId).OrderBy(u => u.Path).ToListAsync(ct);
        return true;
    }
}
