using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.Impor;

public class IndexModel(CurrentUser me, AppDbContext db, OrganisasiImport import) : PageModel
{
    [BindProperty] public ImportKind Kind { get; set; } = ImportKind.Unit;
    [BindProperty] public int PerangkatDaerahId { get; set; }
    [BindProperty] public IFormFile? Berkas { get; set; }
    public List<PerangkatDaerah> Opds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        var scope = await me.ScopeAsync(ct);
        ImportResult? result = null;
        var ok = await this.TryRunAsync(async () =>
        {
            if (Berkas is null || Berkas.Length == 0) throw new DomainException("Pilih berkas XLSX atau CSV yang akan diimpor.", "File");
            if (Berkas.Length > OrganisasiImport.MaxBytes) throw new DomainException("Berkas terlalu besar (maksimal 5 MB).", "File");
            await using var stream = Berkas.OpenReadStream();
            result = await import.ApplyAsync(Kind, PerangkatDaerahId, Berkas.FileName, stream, scope, ct);
        });
        if (!ok) return Page();
        TempData["Pesan"] = $"Impor berhasil: {result!.Applied} baris diterapkan.";
        return Redirect("/Organisasi/Impor");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.ManagesAnything) return false;
        Opds = await scope.ManagedPerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        return true;
    }
}
