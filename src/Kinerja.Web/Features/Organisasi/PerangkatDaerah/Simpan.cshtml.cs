using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.PerangkatDaerahPages;

public class SimpanModel(CurrentUser me, AppDbContext db) : PageModel
{
    public class Form
    {
        public string? Kode { get; set; }
        public string? Nama { get; set; }
        public bool ReadsAcrossPemda { get; set; }
        public int Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public Form Input { get; set; } = new();
    public int PemdaId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = Input;
        if (!await LoadAsync(ct)) return NotFound();
        Input = posted;
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => SavePerangkatDaerah.Handle(Id,
                new SavePerangkatDaerahRequest(PemdaId, Input.Kode, Input.Nama, Input.ReadsAcrossPemda, Input.Version), db, scope, ct)))
        {
            TempData["Pesan"] = $"Perangkat daerah {Input.Nama} disimpan.";
            return Redirect("/Organisasi");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (Id is int id)
        {
            var opd = await scope.PerangkatDaerah(db.PerangkatDaerah).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
            if (opd is null || !scope.CanManagePemda(opd.PemdaId)) return false;
            PemdaId = opd.PemdaId;
            Input = new Form { Kode = opd.Kode, Nama = opd.Nama, ReadsAcrossPemda = opd.ReadsAcrossPemda, Version = opd.Version };
            return true;
        }
        PemdaId = scope.ManagedPemdaIds().FirstOrDefault();
        return PemdaId != 0;
    }
}
