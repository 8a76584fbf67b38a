using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>The OPD's letter templates: download the one in use, upload a replacement edited in Word.</summary>
public class TemplateModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Opd { get; set; }
    [BindProperty] public IFormFile? Berkas { get; set; }
    [BindProperty] public string? FormatNomor { get; set; }
    [BindProperty] public SuratJenis Jenis { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public Dictionary<SuratJenis, SuratTemplateInfo> Current { get; } = [];
    public Clock Clock => clock;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        byte[]? bytes = null;
        if (Berkas is { Length: > 0 and <= SuratTemplates.MaxBytes })
        {
            using var ms = new MemoryStream();
            await Berkas.CopyToAsync(ms, ct);
            bytes = ms.ToArray();
        }
        else if (Berkas is { Length: > SuratTemplates.MaxBytes }) bytes = new byte[SuratTemplates.MaxBytes + 1];
        if (await this.TryRunAsync(() => SuratTemplates.UploadAsync(Opd, Jenis, bytes, Berkas?.FileName, FormatNomor, db, scope, clock, ct), ""))
        {
            TempData["Pesan"] = $"Templat {Jenis.Label()} diganti.";
            return Redirect($"/Pengumpulan/Surat/Template?opd={Opd}");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (PerangkatDaerah, CanEdit) = await SuratTemplates.OpdAsync(Opd, db, await me.ScopeAsync(ct), ct);
        foreach (var j in new[] { SuratJenis.SK, SuratJenis.SuratPemberitahuan })
            Current[j] = await SuratTemplates.CurrentAsync(Opd, j, db, ct);
    }
}
