using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// The editor: paste or upload a definition, for a new SOP (?opd=) or as a new revision of one.
/// Every error is listed with its line, and the text stays as typed.
/// </summary>
public class SuntingModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public class Form
    {
        public string? Yaml { get; set; }
        public int Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Opd { get; set; }
    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty] public IFormFile? Berkas { get; set; }

    public string OpdNama { get; private set; } = "";
    public string? SopNama { get; private set; }
    public int? RevisiTerakhir { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Id is int id)
        {
            var sop = await db.SopDokumen.AsNoTracking().SingleAsync(s => s.Id == id, ct);
            Input.Yaml = await db.SopRevisi.Where(r => r.SopDokumenId == id && r.Revisi == sop.RevisiTerakhir).Select(r => r.Yaml).SingleAsync(ct);
            Input.Version = sop.Version;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = Input;
        if (!await LoadAsync(ct)) return NotFound();
        Input = posted;
        var scope = await me.ScopeAsync(ct);
        SopDokumen? saved = null;
        var ok = await this.TryRunAsync(async () =>
        {
            if (Berkas is { Length: > 0 }) Input.Yaml = await SopYaml.ReadAsync(Berkas, ct);
            saved = Id is int id
                ? await ReviseSop.Handle(id, new ReviseSopRequest(Input.Yaml, Input.Version), db, scope, clock, ct)
                : await CreateSop.Handle(new CreateSopRequest(Opd ?? 0, Input.Yaml), db, scope, clock, ct);
        });
        if (!ok || saved is null) return Page();
        TempData["Pesan"] = $"SOP {saved.Nama} disimpan sebagai revisi {saved.RevisiTerakhir}.";
        return Redirect($"/Sop/Detail/{saved.Id}");
    }

    /// <summary>Only plan editors reach the editor; everyone else gets 404 as if it were not there.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        try
        {
            if (Id is int id)
            {
                var sop = await SopAccess.DokumenAsync(id, db, scope, write: true, ct);
                (SopNama, RevisiTerakhir, Opd) = (sop.Nama, sop.RevisiTerakhir, sop.PerangkatDaerahId);
                db.Entry(sop).State = EntityState.Detached;
            }
            OpdNama = (await SopAccess.WritableOpdAsync(Opd ?? 0, db, scope, ct)).Nama;
            return true;
        }
        catch (Exception e) when (e is NotFoundException or ForbiddenException)
        {
            return false;
        }
    }
}
