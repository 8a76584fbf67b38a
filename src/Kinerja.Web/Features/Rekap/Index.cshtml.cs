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
        int? refused = null;
        await this.TryRunAsync(async () =>
        {
            var query = Scoped(RekapApi.Query(Tahun, Periode, Tingkat, Pemda, Opd, Unit, Sasaran, Iku, Diajukan));
            try
            {
                Result = await BuildRekap.Handle(query, db, scope, ct);
            }
            // Not readable → 404, readable only in part → 403: as the API answers; the message shows on the page.
            catch (NotFoundException) { refused = StatusCodes.Status404NotFound; throw; }
            catch (ForbiddenException) { refused = StatusCodes.Status403Forbidden; throw; }
        }, prefix: "");
        if (refused is int status) Response.StatusCode = status;
        if (Result is { } r)
        {
            Tingkat ??= RekapLinks.TingkatCode(r.Tingkat);
            if (r.Tingkat == RekapTingkat.PerangkatDaerah) Opd = r.PerangkatDaerahId;
            Unit = r.UnitKerjaId ?? Unit;
            Query = RekapLinks.Query(r, Sasaran);
            await SasaranAsync(r, ct);
        }
        return Page();
    }

    /// <summary>A level chosen in the form drops the other levels' choices; without a level the widest of the user's own place is shown.</summary>
    private RekapQuery Scoped(RekapQuery q) => q.Tingkat switch
    {
        RekapTingkat.Unit => q with { PerangkatDaerahId = null, PemdaId = null },
        RekapTingkat.PerangkatDaerah => q with { UnitKerjaId = null, PemdaId = null, PerangkatDaerahId = Opd ?? Opds.Select(o => (int?)o.Id).FirstOrDefault() },
        RekapTingkat.Pemda => q with { UnitKerjaId = null },
        _ => q,
    };

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
