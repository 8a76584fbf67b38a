using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pages;

/// <summary>
/// Program → Kegiatan → Sub-kegiatan of an OPD as a tree with the sasaran each programme serves, the
/// unit reporting each sub-kegiatan and the pagu of a year, editable in place. The same use cases as
/// /api/v1/program; a refusal is shown next to the field or the row's pagu.
/// </summary>
public class ProgramModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public class NodeForm
    {
        public int? Id { get; set; }
        public ProgramLevel Level { get; set; } = ProgramLevel.Program;
        public int? ParentId { get; set; }
        public string? Kode { get; set; }
        public string? Nama { get; set; }
        public int? SasaranId { get; set; }
        public int? UnitKerjaId { get; set; }
        public int Version { get; set; }
    }

    public record Row(ProgramKegiatan Node, long? Pagu, string? Sasaran, string? Unit);

    [BindProperty(SupportsGet = true)] public int? Opd { get; set; }
    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty(SupportsGet = true)] public int? Ubah { get; set; }
    [BindProperty] public NodeForm Node { get; set; } = new();
    /// <summary>The pagu typed per row, kept as text so "1.250.000" and mistakes come back as they were.</summary>
    [BindProperty] public Dictionary<int, string?> Pagu { get; set; } = [];

    public List<PerangkatDaerah> Opds { get; private set; } = [];
    public List<Row> Rows { get; private set; } = [];
    public List<(int Id, string Label)> SasaranChoices { get; private set; } = [];
    public List<UnitKerja> Units { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public int Year => Tahun ?? clock.Today.Year;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Rows.FirstOrDefault(r => r.Node.Id == Ubah)?.Node is { } n)
            Node = new NodeForm { Id = n.Id, Level = n.Level, ParentId = n.ParentId, Kode = n.Kode, Nama = n.Nama, SasaranId = n.SasaranId, UnitKerjaId = n.UnitKerjaId, Version = n.Version };
    }

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var request = new SaveProgramRequest(Opd ?? 0, Node.Level, Node.ParentId, Node.Kode, Node.Nama, Node.SasaranId, Node.Version, Node.UnitKerjaId);
        var ok = await this.TryRunAsync(() => SaveProgramKegiatan.Handle(Node.Id, request, db, scope, ct), "Node");
        return await AfterAsync(ok, $"{KodeProgram.Label(Node.Level)} {Node.Kode} disimpan.", ct);
    }

    // "programId", not "id": a bare "id" would also bind to Node.Id (complex types fall back to the empty prefix).
    public async Task<IActionResult> OnPostPaguAsync(int programId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ok = await this.TryRunAsync(async () =>
        {
            try
            {
                var jumlah = Rupiah(Pagu.GetValueOrDefault(programId)) ?? throw new DomainException("Isi pagu dalam rupiah, mis. 1.250.000.");
                await SetPagu.Handle(programId, Year, new SetPaguRequest(jumlah), db, scope, ct);
            }
            catch (DomainException e) when (e.Field is null or "Jumlah")
            {
                throw new DomainException(e.Message, $"Pagu[{programId}]");
            }
        }, "");
        return await AfterAsync(ok, "Pagu disimpan.", ct);
    }

    public async Task<IActionResult> OnPostHapusAsync(int programId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ok = await this.TryRunAsync(() => SaveProgramKegiatan.Delete(programId, db, scope, ct), "");
        return await AfterAsync(ok, "Dihapus.", ct);
    }

    /// <summary>Whole rupiah as typed: "1.250.000", "Rp 1.250.000" or "1250000"; text or sen is refused.</summary>
    private static long? Rupiah(string? text)
    {
        var t = text?.Replace(".", "").Replace(" ", "").Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Trim();
        if (string.IsNullOrEmpty(t)) return null;
        return long.TryParse(t, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : throw new DomainException($"Pagu \"{text}\" harus rupiah bulat, mis. 1.250.000.");
    }

    private async Task<IActionResult> AfterAsync(bool ok, string message, CancellationToken ct)
    {
        if (!ok)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            return Page();
        }
        TempData["Pesan"] = char.ToUpperInvariant(message[0]) + message[1..];
        return Redirect($"/Perencanaan/Program?opd={Opd}&tahun={Year}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Opds = await scope.PerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        Opd ??= Opds.FirstOrDefault(o => scope.Jabatan.Any(j => j.OpdId == o.Id))?.Id ?? Opds.FirstOrDefault()?.Id;
        var opd = Opds.FirstOrDefault(o => o.Id == Opd);
        if (opd is null) return;
        CanEdit = scope.CanEditPlan(opd.Id, opd.PemdaId);
        var year = Year;
        var nodes = await db.ProgramKegiatan.AsNoTracking().Where(p => p.PerangkatDaerahId == opd.Id)
            .Select(p => new { Node = p, Pagu = p.Pagu.Where(x => x.Tahun == year).Select(x => (long?)x.Jumlah).FirstOrDefault(),
                Sasaran = p.Sasaran == null ? null : p.Sasaran.Kode + " " + p.Sasaran.Uraian, Unit = p.UnitKerja == null ? null : p.UnitKerja.Nama })
            .ToListAsync(ct);
        // Child codes extend their parent's, so code order is tree order.
        Rows = nodes.OrderBy(x => x.Node.Kode, StringComparer.Ordinal).Select(x => new Row(x.Node, x.Pagu, x.Sasaran, x.Unit)).ToList();
        foreach (var r in Rows) Pagu.TryAdd(r.Node.Id, r.Pagu?.ToString("N0", Pk.PkText.Indonesian));
        SasaranChoices = (await db.Sasaran.Where(s => s.Tujuan.Renstra.PerangkatDaerahId == opd.Id)
                .OrderByDescending(s => s.Tujuan.Renstra.TahunAwal).ThenBy(s => s.Kode)
                .Select(s => new { s.Id, s.Kode, s.Uraian, s.Tujuan.Renstra.TahunAwal, s.Tujuan.Renstra.TahunAkhir }).ToListAsync(ct))
            .Select(s => (s.Id, $"{s.Kode} {s.Uraian} (Renstra {s.TahunAwal}–{s.TahunAkhir})")).ToList();
        Units = await db.UnitKerja.Where(u => u.PerangkatDaerahId == opd.Id).OrderBy(u => u.Path).ToListAsync(ct);
    }
}
