using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.Unit;

public class UbahModel(CurrentUser me, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public UnitForm Input { get; set; } = new();
    public UnitKerja Unit { get; private set; } = null!;
    public List<UnitKerja> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new UnitForm { Kode = Unit.Kode, Nama = Unit.Nama, Jenis = Unit.Jenis, ParentId = Unit.ParentId, Version = Unit.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => UpdateUnit.Handle(Id, new UpdateUnitRequest(Input.ParentId, Input.Kode, Input.Nama, Input.Jenis, Input.Version), db, scope, ct)))
        {
            TempData["Pesan"] = $"Unit {Input.Nama} disimpan.";
            return Redirect("/Organisasi");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostHapusAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var scope = await me.ScopeAsync(ct);
        var name = Unit.Nama;
        if (await this.TryRunAsync(() => DeleteUnit.Handle(Id, db, scope, ct)))
        {
            TempData["Pesan"] = $"Unit {name} dihapus.";
            return Redirect("/Organisasi");
        }
        Input = new UnitForm { Kode = Unit.Kode, Nama = Unit.Nama, Jenis = Unit.Jenis, ParentId = Unit.ParentId, Version = Unit.Version };
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var unit = await scope.Units(db.UnitKerja).Include(u => u.PerangkatDaerah).AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id, ct);
        if (unit is null || !scope.CanManageOpd(unit.PerangkatDaerahId, unit.PerangkatDaerah.PemdaId)) return false;
        Unit = unit;
        // A unit cannot move under itself or its own descendants.
        Candidates = await db.UnitKerja.AsNoTracking()
            .Where(u => u.PerangkatDaerahId == unit.PerangkatDaerahId && !u.Path.StartsWith(unit.Path))
            .OrderBy(u => u.Path).ToListAsync(ct);
        return true;
    }
}
