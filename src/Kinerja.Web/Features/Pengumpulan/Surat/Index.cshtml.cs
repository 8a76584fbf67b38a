using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>The letters of one round (the round page links here with ?putaran=ID), and drafting a new one.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "putaran")] public int Putaran { get; set; }
    public PengumpulanData Round { get; private set; } = null!;
    public List<SuratSummaryDto> Letters { get; private set; } = [];
    public bool CanDraft { get; private set; }
    public bool IsOffice { get; private set; }
    public Clock Clock => clock;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(SuratJenis jenis, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        SuratPengumpulan? created = null;
        if (await this.TryRunAsync(async () => created = await CreateSurat.Handle(Putaran, new CreateSuratRequest(jenis), db, scope, clock, ct), ""))
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
        Round = await SuratAccess.RoundAsync(Putaran, db, scope, ct);
        Letters = await GetSurat.ListAsync(Putaran, db, scope, ct);
        if (Round.PerangkatDaerahId is int opd)
        {
            IsOffice = await SuratAccess.IsOfficeAsync(opd, Round.PemdaId, db, scope, ct);
            CanDraft = IsOffice && (await SuratAccess.ActorsAsync(opd, Round.PemdaId, db, scope, ct)).IsClerical;
        }
    }
}
