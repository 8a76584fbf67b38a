using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>
/// One letter: status, number, the steps the user may take (paraf, refusal with a reason, signature, …), the
/// text while it is editable, the history and the recipients' read receipts. Opening it as a member of a
/// recipient unit records that unit's receipt.
/// </summary>
public class DetailModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Catatan { get; set; }
    [BindProperty] public string? Perihal { get; set; }
    [BindProperty] public string? Isi { get; set; }
    public SuratDto Surat { get; private set; } = null!;
    public Clock Clock => clock;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await MarkSuratRead.RecordAsync(await SuratAccess.LoadAsync(Id, db, scope, ct), db, scope, clock, ct);
        await LoadAsync(ct);
        (Perihal, Isi) = (Surat.Perihal, Surat.Isi);
    }

    // One handler per step, each calling the step's own use case (the same the API's route calls).
    public Task<IActionResult> OnPostAjukanAsync(CancellationToken ct) => StepAsync(SuratAction.Ajukan, SubmitSurat.Handle, ct);
    public Task<IActionResult> OnPostKoreksiAsync(CancellationToken ct) => StepAsync(SuratAction.Koreksi, CorrectSurat.Handle, ct);
    public Task<IActionResult> OnPostParafAsync(CancellationToken ct) => StepAsync(SuratAction.Paraf, ParafSurat.Handle, ct);
    public Task<IActionResult> OnPostTolakAsync(CancellationToken ct) => StepAsync(SuratAction.Tolak, RefuseSurat.Handle, ct);
    public Task<IActionResult> OnPostTandaTanganAsync(CancellationToken ct) => StepAsync(SuratAction.TandaTangan, SignSurat.Handle, ct);
    public Task<IActionResult> OnPostGandakanAsync(CancellationToken ct) => StepAsync(SuratAction.Gandakan, DuplicateSurat.Handle, ct);
    public Task<IActionResult> OnPostDistribusikanAsync(CancellationToken ct) => StepAsync(SuratAction.Distribusikan, DistributeSurat.Handle, ct);
    public Task<IActionResult> OnPostArsipkanAsync(CancellationToken ct) => StepAsync(SuratAction.Arsipkan, ArchiveSurat.Handle, ct);

    private delegate Task<SuratPengumpulan> Step(int id, SuratStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct);

    private async Task<IActionResult> StepAsync(SuratAction action, Step step, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => step(Id, new SuratStepRequest(Version, Catatan), db, scope, clock, ct), ""))
        {
            TempData["Pesan"] = $"{action.Label()}.";
            return Redirect($"/Pengumpulan/Surat/Detail?id={Id}");
        }
        // The refusal's reason stays next to its field; keep what was typed.
        ViewData["FailedAction"] = action.Slug();
        return await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => UpdateSurat.Handle(Id, new UpdateSuratRequest(Perihal, Isi, Version), db, scope, ct), ""))
        {
            TempData["Pesan"] = "Teks surat disimpan.";
            return Redirect($"/Pengumpulan/Surat/Detail?id={Id}");
        }
        return await ReloadAsync(ct);
    }

    private async Task<IActionResult> ReloadAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Surat = await GetSurat.Handle(Id, db, await me.ScopeAsync(ct), ct);

    public string Local(DateTime utc) => clock.ToLocal(utc).ToString("d MMM yyyy HH.mm", Perencanaan.Pk.PkText.Indonesian);
}
