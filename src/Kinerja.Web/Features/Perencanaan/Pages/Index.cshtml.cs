using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pages;

/// <summary>The plan of an OPD as a tree: Renstra → Tujuan → Sasaran → Indikator, with the target grid.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Opd { get; set; }
    [BindProperty(SupportsGet = true)] public int? Renstra { get; set; }
    [BindProperty] public SaveUraianRequest Uraian { get; set; } = new(null, null);
    [BindProperty] public string? NamaRenstra { get; set; }
    [BindProperty] public int TahunAwal { get; set; }
    [BindProperty] public int TahunAkhir { get; set; }

    public List<PerangkatDaerah> Opds { get; private set; } = [];
    public List<Perencanaan.Renstra> RenstraList { get; private set; } = [];
    public Perencanaan.Renstra? Current { get; private set; }
    public bool CanEdit { get; private set; }
    public IEnumerable<int> Years => Current is null ? [] : Enumerable.Range(Current.TahunAwal, Current.TahunAkhir - Current.TahunAwal + 1);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRenstraAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Perencanaan.Renstra? created = null;
        var ok = await this.TryRunAsync(async () => created = await SaveRenstra.Handle(null,
            new SaveRenstraRequest(Opd ?? 0, NamaRenstra, TahunAwal, TahunAkhir), db, scope, ct), "");
        if (ok) Renstra = created!.Id;
        return await AfterAsync(ok, "Renstra dibuat.", ct);
    }

    public async Task<IActionResult> OnPostTujuanAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ok = await this.TryRunAsync(() => SaveTujuanSasaran.AddTujuan(Renstra ?? 0, Uraian, db, scope, ct), "Uraian");
        return await AfterAsync(ok, "Tujuan ditambahkan.", ct);
    }

    public async Task<IActionResult> OnPostSasaranAsync(int tujuan, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ok = await this.TryRunAsync(() => SaveTujuanSasaran.AddSasaran(tujuan, Uraian, db, scope, ct), "Uraian");
        return await AfterAsync(ok, "Sasaran ditambahkan.", ct);
    }

    private async Task<IActionResult> AfterAsync(bool ok, string message, CancellationToken ct)
    {
        if (!ok)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Pesan"] = message;
        return Redirect($"/Perencanaan?opd={Opd}&renstra={Renstra}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Opds = await scope.PerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        Opd ??= Opds.FirstOrDefault(o => scope.Jabatan.Any(j => j.OpdId == o.Id))?.Id ?? Opds.FirstOrDefault()?.Id;
        var opd = Opds.FirstOrDefault(o => o.Id == Opd);
        if (opd is null) return;
        CanEdit = scope.CanEditPlan(opd.Id, opd.PemdaId);
        if (TahunAwal == 0) (TahunAwal, TahunAkhir) = (clock.Today.Year, clock.Today.Year + 4);
        RenstraList = await db.Renstra.Where(r => r.PerangkatDaerahId == opd.Id).OrderByDescending(r => r.TahunAwal).ToListAsync(ct);
        // The plan in force this year is the one people come for; otherwise the newest.
        var year = clock.Today.Year;
        Renstra ??= (RenstraList.FirstOrDefault(r => r.TahunAwal <= year && year <= r.TahunAkhir) ?? RenstraList.FirstOrDefault())?.Id;
        Current = await db.Renstra.AsNoTracking().AsSplitQuery().Where(r => r.Id == Renstra && r.PerangkatDaerahId == opd.Id)
            .Include(r => r.Tujuan).ThenInclude(t => t.Sasaran).ThenInclude(s => s.Indikator).ThenInclude(i => i.Targets)
            .Include(r => r.Tujuan).ThenInclude(t => t.Sasaran).ThenInclude(s => s.Indikator).ThenInclude(i => i.Units).ThenInclude(u => u.UnitKerja)
            .FirstOrDefaultAsync(ct);
    }
}
