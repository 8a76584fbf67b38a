using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>The letters of one round (the round page links here with ?pengumpulan=ID), and drafting a new one.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pengumpulan")] public int PengumpulanId { get; set; }
    public PengumpulanData Pengumpulan { get; private set; } = null!;
    public List<SuratSummaryDto> Letters { get; private set; } = [];
    public bool CanDraft { get; private set; }
    public bool IsOffice { get; private set; }
    public Clock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Links written before the rename (?putaran=ID) keep working.
        if (PengumpulanId == 0 && int.TryParse(Request.Query["putaran"], out var old)) return RedirectPermanent($"/Pengumpulan/Surat?pengumpulan={old}");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(SuratJenis jenis, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        SuratPengumpulan? created = null;
        if (await this.TryRunAsync(async () => created = await CreateSurat.Handle(PengumpulanId, new CreateSuratRequest(jenis), db, scope, clock, ct), ""))
        {
            TempData["Pesan"] = $"Draf {jenis.Label()} dibuat.";
            return Redirect($"/Pengumpulan/Surat/Detail?id={created!.Id}");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Pengumpulan = await SuratAccess.PengumpulanAsync(PengumpulanId, db, scope, ct);
        Letters = await GetSurat.ListAsync(PengumpulanId, db, scope, ct);
        if (Pengumpulan.PerangkatDaerahId is int opd)
        {
            IsOffice = await SuratAccess.IsOfficeAsync(opd, Pengumpulan.PemdaId, db, scope, ct);
            CanDraft = IsOffice && (await SuratAccess.ActorsAsync(opd, Pengumpulan.PemdaId, db, scope, ct)).IsClerical;
        }
    }
}
