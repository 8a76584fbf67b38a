using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.JabatanPages;

public class SimpanModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public class Form
    {
        public string? Kode { get; set; }
        public string? Nama { get; set; }
        public SopRole Role { get; set; } = SopRole.Pelaksana;
        public int? PerangkatDaerahId { get; set; }
        public int? UnitKerjaId { get; set; }
        public int Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public Form Input { get; set; } = new();
    public List<Organisasi.PerangkatDaerah> Opds { get; private set; } = [];
    public List<UnitKerja> Units { get; private set; } = [];
    public int? PemdaId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? opd, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Id is null) Input.PerangkatDaerahId = opd ?? Opds.FirstOrDefault()?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = Input;
        if (!await LoadAsync(ct)) return NotFound();
        Input = posted;
        var scope = await me.ScopeAsync(ct);
        var pemda = Input.Role == SopRole.AdminPemda ? PemdaId : null;
        var opd = Input.Role == SopRole.AdminPemda ? null : Input.PerangkatDaerahId;
        var unit = Input.Role == SopRole.AdminPemda ? null : Input.UnitKerjaId;
        if (await this.TryRunAsync(() => SaveJabatan.Handle(Id, new SaveJabatanRequest(pemda, opd, unit, Input.Kode, Input.Nama, Input.Role, Input.Version), db, scope, ct)))
        {
            TempData["Pesan"] = $"Jabatan {Input.Nama} disimpan.";
            return Redirect($"/Organisasi/Jabatan?opd={opd}");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostHapusAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Id is not int id) return NotFound();
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => DeleteJabatan.Handle(id, db, scope, clock, ct)))
        {
            TempData["Pesan"] = $"Jabatan {Input.Nama} dihapus.";
            return Redirect("/Organisasi/Jabatan");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.ManagesAnything) return false;
        Opds = await scope.ManagedPerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        var pemdas = scope.ManagedPemdaIds();
        var opdIds = Opds.Select(o => o.Id).ToList();
        Units = await db.UnitKerja.Where(u => opdIds.Contains(u.PerangkatDaerahId)).OrderBy(u => u.PerangkatDaerahId).ThenBy(u => u.Path).ToListAsync(ct);
        PemdaId = pemdas.FirstOrDefault() is var p && p != 0 ? p : Opds.FirstOrDefault()?.PemdaId;
        if (Id is int id)
        {
            var j = await scope.JabatanOf(db.Jabatan).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (j is null || !scope.CanManageJabatan(j)) return false;
            PemdaId = j.PemdaId;
            Input = new Form { Kode = j.Kode, Nama = j.Nama, Role = j.Role, PerangkatDaerahId = j.PerangkatDaerahId, UnitKerjaId = j.UnitKerjaId, Version = j.Version };
        }
        return true;
    }
}
