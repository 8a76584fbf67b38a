using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>One round: each unit's form with where it stands, and the lock once every form is verified.</summary>
public class PutaranModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int Version { get; set; }
    public RoundDto Round { get; private set; } = null!;
    public bool CanLock { get; private set; }
    public bool Overdue => clock.UtcNow > Round.BatasWaktuUtc;
    public List<string> OpeningWarnings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (TempData["PeringatanPembukaan"] is string w) OpeningWarnings = w.Split('\n').ToList();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostKunciAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => LockRound.Handle(Id, Version, db, scope, clock, ct), ""))
        {
            TempData["Pesan"] = "Pengumpulan data dikunci; data triwulan ini final.";
            return Redirect($"/Pengumpulan/Putaran/{Id}");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Round = await GetRound.Handle(Id, db, scope, ct);
        var pemda = await db.PengumpulanData.Where(r => r.Id == Id).Select(r => r.PemdaId).FirstAsync(ct);
        CanLock = Round.DikunciUtc is null && Round.Forms.Count > 0 && Round.Forms.All(f => f.Status == FormStatus.Terkunci)
                  && (Round.PerangkatDaerahId is int opd ? scope.CanEditPlan(opd, pemda) : scope.ReadsWholePemda(pemda));
    }
}
