using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Rekap;

/// <summary>
/// /Rekap: the recap with the filters a Kasubag uses (year, period, level, OPD or unit, sasaran, IKU only, submitted
/// data too). A plain GET form, so it works without script; tables sort and charts draw when script runs.
/// </summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public record Choice(int Id, string Nama, int Depth = 0);

    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty(SupportsGet = true)] public string? Periode { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tingkat { get; set; }
    // The API's parameter names, so the page, its print view and the XLSX share one query string.
    [BindProperty(SupportsGet = true, Name = "pemdaId")] public int? Pemda { get; set; }
    [BindProperty(SupportsGet = true, Name = "perangkatDaerahId")] public int? Opd { get; set; }
    [BindProperty(SupportsGet = true, Name = "unitKerjaId")] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true, Name = "sasaranId")] public int? Sasaran { get; set; }
    [BindProperty(SupportsGet = true)] public bool Iku { get; set; }
    [BindProperty(SupportsGet = true)] public bool Diajukan { get; set; }

    public Rekap? Result { get; private set; }
    public List<Choice> Opds { get; private set; } = [];
    public List<Choice> Units { get; private set; } = [];
    public List<Choice> SasaranChoices { get; private set; } = [];
    public List<RekapTingkat> Levels { get; private set; } = [];

    /// <summary>The query string of the shown recap, for the XLSX and print links.</summary>
    public string Query { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Tahun ??= clock.Today.Year;
        Periode ??= "SD_TW" + ((clock.Today.Month - 1) / 3 + 1);
        await ChoicesAsync(scope, ct);
        RekapQuery? query = null;
        var ok = await this.TryRunAsync(async () =>
        {
            query = RekapApi.Query(Tahun, Periode, Tingkat, Pemda, Opd, Unit, Sasaran, Iku, Diajukan);
            // A level chosen in the form drops the other level's choice; without one the widest of the user's own place is shown.
            query = query.Tingkat switch
            {
                RekapTingkat.Unit => query with { PerangkatDaerahId = null, PemdaId = null },
                RekapTingkat.PerangkatDaerah => query with { UnitKerjaId = null, PemdaId = null, PerangkatDaerahId = Opd ?? Opds.Select(o => (int?)o.Id).FirstOrDefault() },
                RekapTingkat.Pemda => query with { UnitKerjaId = null },
                _ => query,
            };
            Result = await BuildRekap.Handle(query, db, scope, ct);
        }, prefix: "");
        if (!ok && ModelState[""]?.Errors.Count > 0 && Result is null)
        {
            if (query is not null && (await Refusal(query, scope, ct)) is int status) Response.StatusCode = status;
        }
        if (Result is { } r)
        {
            (Tingkat, Opd, Unit) = (Tingkat ?? RekapLinks.TingkatCode(r.Tingkat), r.Tingkat == RekapTingkat.PerangkatDaerah ? r.PerangkatDaerahId : Opd, r.UnitKerjaId ?? Unit);
            Query = RekapLinks.Query(r, Sasaran);
            await SasaranAsync(r, ct);
        }
        return Page();
    }



    /// <summary>404 for what the user cannot read at all, 403 for a part they read only partly: as the API answers.</summary>
    private async Task<int?> Refusal(RekapQuery q, AccessScope scope, CancellationToken ct)
    {
        try
        {
            await RekapAccess.ResolveAsync(q, db, scope, ct);
            return null;
        }
        catch (NotFoundException) { return 404; }
        catch (ForbiddenException) { return 403; }
        catch (DomainException) { return null; }
    }

    private async Task ChoicesAsync(AccessScope scope, CancellationToken ct)
    {
        var readable = await scope.PerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).Select(o => new { o.Id, o.Nama, o.PemdaId }).ToListAsync(ct);
        Opds = readable.Where(o => scope.ReadsWholeOpd(o.Id, o.PemdaId)).Select(o => new Choice(o.Id, o.Nama)).ToList();
        var unitOpd = Opd ?? scope.Jabatan.Select(j => j.OpdId).FirstOrDefault(o => o is not null) ?? readable.Select(o => (int?)o.Id).FirstOrDefault();
        Units = (await scope.Units(db.UnitKerja).Where(u => u.PerangkatDaerahId == unitOpd).Select(u => new { u.Id, u.Nama, u.Path }).ToListAsync(ct))
            .OrderBy(u => u.Path, StringComparer.Ordinal).Select(u => new Choice(u.Id, u.Nama, u.Path.Count(c => c == '/') - 2)).ToList();
        if (Units.Count > 0) Levels.Add(RekapTingkat.Unit);
        if (Opds.Count > 0) Levels.Add(RekapTingkat.PerangkatDaerah);
        if (scope.ReadablePemdaIds().Any(scope.ReadsWholePemda)) Levels.Add(RekapTingkat.Pemda);
    }

    private async Task SasaranAsync(Rekap r, CancellationToken ct)
    {
        if (r.PerangkatDaerahId is not int opd) return;
        var year = r.Tahun;
        SasaranChoices = (await db.Sasaran.AsNoTracking()
                .Where(s => s.Tujuan.Renstra.PerangkatDaerahId == opd && s.Tujuan.Renstra.TahunAwal <= year && s.Tujuan.Renstra.TahunAkhir >= year)
                .Select(s => new { s.Id, s.Kode, s.Uraian }).ToListAsync(ct))
            .OrderBy(s => s.Kode, KodeOrder.Instance).Select(s => new Choice(s.Id, $"{s.Kode} {s.Uraian}")).ToList();
    }

}
