using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Excel;

/// <summary>/Perencanaan/Excel?renstra={id}: download the Renstra's indicators, upload them back.</summary>
public class IndexModel(CurrentUser me, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "renstra")] public int RenstraId { get; set; }
    [BindProperty] public IFormFile? Berkas { get; set; }
    public Renstra Renstra { get; private set; } = null!;
    public string OpdNama { get; private set; } = "";
    public int IndikatorCount { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!CanEdit) return Forbid();
        RenstraUploadResult? result = null;
        var ok = await this.TryRunAsync(async () =>
        {
            if (Berkas is null || Berkas.Length == 0) throw new DomainException("Pilih berkas XLSX yang akan diunggah.", "File");
            if (Berkas.Length > UploadRenstraXlsx.MaxBytes) throw new DomainException("Berkas terlalu besar (maksimal 5 MB).", "File");
            await using var stream = Berkas.OpenReadStream();
            result = await UploadRenstraXlsx.Handle(RenstraId, Berkas.FileName, stream, db, await me.ScopeAsync(ct), ct);
        });
        if (!ok) return Page();
        TempData["Pesan"] = $"Unggahan berhasil: {result!.Created} indikator baru, {result.Updated} diubah, {result.Unchanged} tidak berubah.";
        return Redirect($"/Perencanaan/Excel?renstra={RenstraId}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        try
        {
            Renstra = await PlanAccess.RenstraAsync(RenstraId, db, scope, write: false, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        var opd = await db.PerangkatDaerah.SingleAsync(o => o.Id == Renstra.PerangkatDaerahId, ct);
        (OpdNama, CanEdit) = (opd.Nama, scope.CanEditPlan(opd.Id, opd.PemdaId));
        IndikatorCount = await db.Indikator.CountAsync(i => i.Sasaran!.Tujuan.RenstraId == RenstraId, ct);
        return true;
    }
}
