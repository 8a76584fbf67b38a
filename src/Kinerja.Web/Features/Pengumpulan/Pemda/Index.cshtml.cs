using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.PemdaWide;

/// <summary>Bappeda's view of the Pemda-wide rounds: per OPD its own round and its Pemda form, and the button to open a quarter.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public class OpenForm
    {
        public int Tahun { get; set; }
        public int Triwulan { get; set; } = 1;
        public DateOnly BatasWaktu { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty] public OpenForm Input { get; set; } = new();
    public List<IGrouping<int, PemdaOpdStatusDto>> Pengumpulan { get; private set; } = [];
    /// <summary>The Pemda whose rounds the user runs (null: they only read).</summary>
    public int? RunsPemdaId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Tahun = Tahun ?? clock.Today.Year;
        Input.BatasWaktu = clock.Today.AddDays(14);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LoadAsync(ct);
        if (await this.TryRunAsync(() => OpenPengumpulanPemda.Handle(new OpenPengumpulanPemdaRequest(RunsPemdaId, Input.Tahun, Input.Triwulan, Input.BatasWaktu), db, scope, clock, ct)))
        {
            TempData["Pesan"] = "Pengumpulan data tingkat Pemda dibuka.";
            return Redirect($"/Pengumpulan/Pemda?tahun={Input.Tahun}");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRekapAsync(int formId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => TakeRekap.Handle(formId, db, scope, ct)))
        {
            TempData["Pesan"] = "Rekap diambil dari putaran perangkat daerah yang terkunci.";
            return Redirect($"/Pengumpulan/Pemda?tahun={Tahun}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Pengumpulan = (await ListPengumpulanPemda.Handle(Tahun, db, scope, ct)).GroupBy(r => r.PengumpulanId).ToList();
        RunsPemdaId = scope.ReadablePemdaIds().Where(p => PemdaAccess.Runs(scope, p)).Order().Cast<int?>().FirstOrDefault();
    }
}
