using Kinerja.Domain.Capaian;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pages;

/// <summary>
/// Adds (?sasaran=) or edits (/{id}) an indicator, with a target per Renstra year and a capaian
/// preview: the page computes it on "Hitung" without script, and live while typing with it.
/// </summary>
public class IndikatorModel(CurrentUser me, AppDbContext db) : PageModel
{
    public class Form
    {
        public string? Kode { get; set; }
        public string? Nama { get; set; }
        public string? Satuan { get; set; }
        public Polarity Polarity { get; set; } = Polarity.Positive;
        public NegativeFormula? NegativeFormula { get; set; }
        public RollUp RollUp { get; set; } = RollUp.Kumulatif;
        public int Decimals { get; set; } = 2;
        public bool IsIku { get; set; }
        public string? DefinisiOperasional { get; set; }
        public string? SumberData { get; set; }
        public decimal? KondisiAwal { get; set; }
        public decimal? CapaianCap { get; set; }
        public NegativeResult NegativeResult { get; set; } = NegativeResult.Keep;
        public bool AllowsAbove100 { get; set; }
        public Dictionary<int, decimal?> Target { get; set; } = [];
        public Dictionary<int, decimal?> TargetAtas { get; set; } = [];
        public List<int> UnitIds { get; set; } = [];
        public int Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Sasaran { get; set; }
    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty] public decimal? ContohTarget { get; set; }
    [BindProperty] public decimal? ContohRealisasi { get; set; }
    public CapaianPreviewResponse? Preview { get; private set; }
    public Perencanaan.Renstra Renstra { get; private set; } = null!;
    public string SasaranUraian { get; private set; } = "";
    public List<UnitKerja> Units { get; private set; } = [];
    public IEnumerable<int> Years => Enumerable.Range(Renstra.TahunAwal, Renstra.TahunAkhir - Renstra.TahunAwal + 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = Input;
        if (!await LoadAsync(ct)) return NotFound();
        Input = posted;
        var scope = await me.ScopeAsync(ct);
        var targets = Input.Target.Where(t => t.Value is not null)
            .Select(t => new TargetInput(t.Key, t.Value!.Value, Input.TargetAtas.GetValueOrDefault(t.Key))).ToList();
        var request = new SaveIndikatorRequest(Input.Kode, Input.Nama, Input.Satuan, Input.Polarity, Input.NegativeFormula, Input.RollUp,
            Input.Decimals, Input.IsIku, Input.DefinisiOperasional, null, Input.SumberData, Input.KondisiAwal, null, Input.CapaianCap,
            Input.AllowsAbove100, targets, Input.UnitIds, Input.Version, Input.NegativeResult);
        if (await this.TryRunAsync(() => SaveIndikator.Handle(Sasaran, Id, request, db, scope, ct)))
        {
            TempData["Pesan"] = $"Indikator {Input.Kode} disimpan.";
            return Redirect($"/Perencanaan?opd={Renstra.PerangkatDaerahId}&renstra={Renstra.Id}");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var posted = Input;
        if (!await LoadAsync(ct)) return NotFound();
        Input = posted;
        ModelState.Clear();
        var scale = await PemdaScales.PredikatAsync(db, (await me.ScopeAsync(ct)).Jabatan.FirstOrDefault()?.PemdaId, ct);
        await this.TryRunAsync(() =>
        {
            Preview = CapaianPreview.Handle(new CapaianPreviewRequest(Input.Polarity, Input.NegativeFormula, Input.RollUp, Input.CapaianCap,
                Input.Decimals, ContohTarget, null, ContohRealisasi, NegativeResult: Input.NegativeResult), scale);
            return Task.CompletedTask;
        }, "");
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        try
        {
            if (Id is int id)
            {
                var (i, renstra) = await PlanAccess.IndikatorAsync(id, db, scope, write: true, ct);
                (Renstra, Sasaran, SasaranUraian) = (renstra, i.SasaranId, i.Sasaran!.Uraian);
                Input = new Form
                {
                    Kode = i.Kode, Nama = i.Nama, Satuan = i.Satuan, Polarity = i.Polarity, NegativeFormula = i.NegativeFormula, RollUp = i.RollUp,
                    Decimals = i.Decimals, IsIku = i.IsIku, DefinisiOperasional = i.DefinisiOperasional, SumberData = i.SumberData,
                    KondisiAwal = i.KondisiAwal, CapaianCap = i.CapaianCap, NegativeResult = i.NegativeResult, AllowsAbove100 = i.AllowsAbove100, Version = i.Version,
                    Target = i.Targets.ToDictionary(t => t.Tahun, t => (decimal?)t.Nilai),
                    TargetAtas = i.Targets.Where(t => t.NilaiAtas != null).ToDictionary(t => t.Tahun, t => t.NilaiAtas),
                    UnitIds = i.Units.Select(u => u.UnitKerjaId).ToList(),
                };
            }
            else
            {
                var s = await PlanAccess.SasaranAsync(Sasaran ?? 0, db, scope, write: true, ct);
                (Renstra, SasaranUraian) = (s.Tujuan.Renstra, s.Uraian);
            }
        }
        catch (Exception e) when (e is NotFoundException or ForbiddenException)
        {
            return false;
        }
        Units = await db.UnitKerja.Where(u => u.PerangkatDaerahId == Renstra.PerangkatDaerahId).OrderBy(u => u.Path).ToListAsync(ct);
        return true;
    }
}
