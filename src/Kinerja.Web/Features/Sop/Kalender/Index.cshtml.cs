using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Sop.Kalender;

/// <summary>
/// The Pemda's working-day calendar: holidays per year and office hours per weekday. Everyone of the Pemda
/// reads it; its Admin Pemda adds, changes and removes holidays and sets the hours (stale edits refused).
/// </summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public class LiburForm
    {
        public int? Id { get; set; }
        public string? Tanggal { get; set; }
        public string? Nama { get; set; }
        public JenisLibur? Jenis { get; set; } = JenisLibur.LiburDaerah;
        public int Version { get; set; }
    }

    public class JamForm
    {
        public List<JamKerjaInput> JamKerja { get; set; } = [];
        public int Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Pemda { get; set; }
    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty] public LiburForm Libur { get; set; } = new();
    [BindProperty] public JamForm Jam { get; set; } = new();

    public KalenderDto Kalender { get; private set; } = null!;
    public List<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Edit is int id && Kalender.HariLibur.FirstOrDefault(h => h.Id == id) is { } h)
            Libur = new LiburForm { Id = h.Id, Tanggal = h.Tanggal.ToString("yyyy-MM-dd"), Nama = h.Nama, Jenis = h.Jenis, Version = h.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostLiburAsync(CancellationToken ct)
    {
        var posted = Libur;
        if (!await LoadAsync(ct)) return NotFound();
        var r = new HariLiburRequest(posted.Tanggal, posted.Nama, posted.Jenis, posted.Version);
        HariLiburDto? saved = null;
        if (await this.TryRunAsync(async () => saved = await SaveHariLibur.Handle(Kalender.PemdaId, posted.Id, r, db, await me.ScopeAsync(ct), ct), prefix: "Libur"))
        {
            TempData["Pesan"] = $"Hari libur {saved!.Tanggal:dd-MM-yyyy} ({saved.Nama}) disimpan.";
            return Redirect($"/Sop/Kalender?pemda={Kalender.PemdaId}&tahun={saved.Tanggal.Year}");
        }
        Libur = posted;
        return Page();
    }

    public async Task<IActionResult> OnPostHapusAsync(int liburId, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await this.TryRunAsync(async () => await DeleteHariLibur.Handle(Kalender.PemdaId, liburId, db, await me.ScopeAsync(ct), ct), prefix: ""))
        {
            TempData["Pesan"] = "Hari libur dihapus.";
            return Redirect($"/Sop/Kalender?pemda={Kalender.PemdaId}&tahun={Tahun}");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostJamAsync(CancellationToken ct)
    {
        var posted = Jam;
        if (!await LoadAsync(ct)) return NotFound();
        if (await this.TryRunAsync(async () => await SaveJamKerja.Handle(Kalender.PemdaId, new SaveJamKerjaRequest(posted.JamKerja, posted.Version), db, await me.ScopeAsync(ct), ct), prefix: "Jam"))
        {
            TempData["Pesan"] = "Jam kerja disimpan.";
            return Redirect($"/Sop/Kalender?pemda={Kalender.PemdaId}&tahun={Tahun}");
        }
        Jam = posted;
        return Page();
    }

    /// <summary>The asked Pemda (default: the user's own); one the user does not belong to is 404.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var pemdaId = Pemda ?? scope.Jabatan.Select(j => (int?)j.PemdaId).FirstOrDefault() ?? scope.ReadablePemdaIds().FirstOrDefault();
        Tahun ??= clock.Today.Year;
        try
        {
            Kalender = await GetKalender.Handle(pemdaId, Tahun, db, scope, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Years = Kalender.Tahun.Append(clock.Today.Year).Append(clock.Today.Year + 1).Append(Tahun.Value).Distinct().Order().ToList();
        Jam = new JamForm
        {
            Version = Kalender.Version,
            JamKerja = Kalender.JamKerja.Select(j => new JamKerjaInput(j.Hari, j.Mulai, j.Selesai)).ToList(),
        };
        return true;
    }
}
