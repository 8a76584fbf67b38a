using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>The PKs the user may read, by year and OPD, and (for planners) a form to start a draft.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public class CreateForm
    {
        public int JabatanId { get; set; }
        public int Tahun { get; set; }
        public int? AtasanJabatanId { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty(SupportsGet = true)] public int? Opd { get; set; }
    [BindProperty] public CreateForm Input { get; set; } = new();
    public List<PerangkatDaerah> Opds { get; private set; } = [];
    public List<PkSummaryDto> Rows { get; private set; } = [];
    /// <summary>PK-carrying jabatan of the OPDs whose plan the user may write; empty for readers.</summary>
    public List<Jabatan> Choices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Tahun = Tahun ?? clock.Today.Year;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        PerjanjianKinerja? pk = null;
        if (await this.TryRunAsync(async () => pk = await CreatePk.Handle(new CreatePkRequest(Input.JabatanId, Input.Tahun, Input.AtasanJabatanId), db, scope, ct)))
        {
            TempData["Pesan"] = "Draf Perjanjian Kinerja dibuat.";
            return Redirect($"/Perencanaan/Pk/{pk!.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Opds = await scope.PerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        Rows = await ListPk.Handle(Tahun, Opd, db, scope, ct);
        var writable = Opds.Where(o => scope.CanEditPlan(o.Id, o.PemdaId)).Select(o => o.Id).ToList();
        Choices = (await db.Jabatan.Include(j => j.PerangkatDaerah).Where(j => j.PerangkatDaerahId != null && writable.Contains(j.PerangkatDaerahId.Value))
                .OrderBy(j => j.PerangkatDaerahId).ThenBy(j => j.Role).ThenBy(j => j.Nama).ToListAsync(ct))
            .Where(j => PkParty.CarriesPk(j.Role)).ToList();
    }
}
