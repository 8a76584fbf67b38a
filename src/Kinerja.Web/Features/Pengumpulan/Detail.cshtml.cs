using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>One round: each unit's form with where it stands, and the lock once every form is verified.</summary>
public class DetailModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int Version { get; set; }
    public PengumpulanDto Pengumpulan { get; private set; } = null!;
    public bool CanLock { get; private set; }
    public bool Overdue => clock.UtcNow > Pengumpulan.BatasWaktuUtc;
    public List<string> OpeningWarnings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (TempData["PeringatanPembukaan"] is string w) OpeningWarnings = w.Split('\n').ToList();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostKunciAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => LockPengumpulan.Handle(Id, new LockPengumpulanRequest(Version), db, scope, clock, ct), ""))
        {
            TempData["Pesan"] = "Pengumpulan data dikunci; data triwulan ini final.";
            return Redirect($"/Pengumpulan/{Id}");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Pengumpulan = await GetPengumpulan.Handle(Id, db, scope, ct);
        var pemda = await db.PengumpulanData.Where(r => r.Id == Id).Select(r => r.PemdaId).FirstAsync(ct);
        CanLock = Pengumpulan.DikunciUtc is null && Pengumpulan.FormatDataKinerja.Count > 0 && Pengumpulan.FormatDataKinerja.All(f => f.Status == FormatStatus.Terkunci)
                  && (Pengumpulan.PerangkatDaerahId is int opd ? scope.CanEditPlan(opd, pemda) : scope.ReadsWholePemda(pemda));
    }
}
