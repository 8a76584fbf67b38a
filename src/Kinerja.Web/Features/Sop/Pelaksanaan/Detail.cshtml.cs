using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>One run: its steps with time against the standard, and — for the pelaksana of the active step — finishing it, its kelengkapan and dispositions; for a recipient, the paraf.</summary>
public class DetailModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public SopInstanceDto Run { get; private set; } = null!;
    public LangkahDto? Active { get; private set; }
    public bool WorksActive { get; private set; }
    public string? MyUserId { get; private set; }
    public List<Holder> Actors { get; private set; } = [];
    public Clock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSelesaiAsync(int langkahId, int version, Keputusan? keputusan, string? outputNama, string? outputTautan, string? catatan, CancellationToken ct) =>
        RunAsync(async s => await FinishStep.Handle(Id, langkahId, new FinishStepRequest(version, keputusan, outputNama, outputTautan, catatan), db, s, clock, ct), ct);

    public Task<IActionResult> OnPostKelengkapanAsync(int langkahId, int itemId, int version, bool ada, string? tautan, CancellationToken ct) =>
        RunAsync(s => CheckKelengkapan.Handle(Id, langkahId, itemId, new CheckKelengkapanRequest(ada, version, null, tautan), db, s, clock, ct), ct);

    public Task<IActionResult> OnPostDisposisiAsync(int langkahId, string? kepadaUserName, string? instruksi, string? lampiranNama, string? lampiranTautan, CancellationToken ct) =>
        RunAsync(async s => await CreateDisposisi.Handle(Id, new CreateDisposisiRequest(langkahId, kepadaUserName, instruksi,
            string.IsNullOrWhiteSpace(lampiranNama) ? null : [new LampiranInput(lampiranNama, lampiranTautan)]), db, s, clock, ct), ct);

    public Task<IActionResult> OnPostParafAsync(int disposisiId, int version, JenisParaf jenis, CancellationToken ct) =>
        RunAsync(async s => await ParafDisposisi.Handle(Id, disposisiId, new ParafDisposisiRequest(version, jenis), db, s, clock, ct), ct);

    private async Task<IActionResult> RunAsync(Func<AccessScope, Task> action, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => action(scope), prefix: "")) return RedirectToPage(new { Id });
        db.ChangeTracker.Clear();
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        try
        {
            Run = await GetSopInstance.Handle(Id, db, scope, clock, ct);
            var instance = await PelaksanaanAccess.InstanceAsync(Id, db, scope, ct);
            var def = await PelaksanaanAccess.DefinitionAsync(instance, db, ct);
            Active = Run.Langkah.FirstOrDefault(l => l.SelesaiUtc is null);
            WorksActive = Active is not null && PelaksanaanAccess.IsActorOf(scope, instance, def, Active.StepNo);
            MyUserId = scope.UserId;
            Actors = (await SopRunner.HoldersAsync(instance.PerangkatDaerahId, def.Pelaksana.Select(p => p.Peran), db, clock, ct))
                .Where(h => h.UserId != scope.UserId).DistinctBy(h => h.UserId).ToList();
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
