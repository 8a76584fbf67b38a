using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>The rounds in the user's scope with their completeness, and (for the planning section) a form to open one.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public class OpenForm
    {
        public int PerangkatDaerahId { get; set; }
        public int Tahun { get; set; }
        public int Triwulan { get; set; }
        public DateOnly? Dibuka { get; set; }
        public DateOnly? BatasWaktu { get; set; }
    }

    /// <summary>Indicator rows of a round, and how many have a realisasi.</summary>
    public record Fill(int Rows, int Filled);

    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty(SupportsGet = true)] public int? Opd { get; set; }
    [BindProperty] public OpenForm Input { get; set; } = new();
    public List<PerangkatDaerah> Opds { get; private set; } = [];
    public List<PerangkatDaerah> Writable { get; private set; } = [];
    public List<PengumpulanSummaryDto> Rows { get; private set; } = [];
    public Dictionary<int, Fill> Filled { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Tahun = Tahun ?? clock.Today.Year;
        Input.Triwulan = (clock.Today.Month - 1) / 3 + 1;
        Input.Dibuka = clock.Today;
        Input.BatasWaktu = clock.Today.AddDays(14);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        PengumpulanData? round = null;
        List<string> warnings = [];
        var ok = await this.TryRunAsync(async () =>
        {
            var deadline = Input.BatasWaktu ?? throw new DomainException("Batas waktu wajib diisi.", "BatasWaktu");
            (round, warnings) = await OpenPengumpulan.Handle(new OpenPengumpulanRequest(Input.PerangkatDaerahId, Input.Tahun, Input.Triwulan, deadline, Input.Dibuka),
                db, scope, clock, ct);
        });
        if (ok)
        {
            TempData["Pesan"] = "Pengumpulan data dibuka; formulir setiap unit sudah dibuat.";
            if (warnings.Count > 0) TempData["PeringatanPembukaan"] = string.Join("\n", warnings);
            return Redirect($"/Pengumpulan/{round!.Id}");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Opds = await scope.PerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        Writable = Opds.Where(o => scope.CanEditPlan(o.Id, o.PemdaId)).ToList();
        Rows = await ListPengumpulan.Handle(Tahun, Opd, db, scope, clock, ct);
        var ids = Rows.Select(r => r.Id).ToList();
        Filled = (await db.FormatIndikator
                .Join(db.FormatDataKinerja, r => r.FormatDataKinerjaId, f => f.Id, (r, f) => new { f.PengumpulanDataId, r.Realisasi })
                .Where(x => ids.Contains(x.PengumpulanDataId))
                .GroupBy(x => x.PengumpulanDataId)
                .Select(g => new { g.Key, Rows = g.Count(), Filled = g.Count(x => x.Realisasi != null) }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => new Fill(x.Rows, x.Filled));
    }
}
