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

    public async Task<IActionResult> OnPostActAsync(string aksi, CancellationToken ct)
    {
        var action = SuratLabels.ParseSlug(aksi) ?? throw new NotFoundException($"Langkah \"{aksi}\" tidak dikenal.");
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => TakeSuratAction.Handle(Id, action, new SuratActionRequest(Version, Catatan), db, scope, clock, ct), ""))
        {
            TempData["Pesan"] = $"{action.Label()}.";
            return Redirect($"/Pengumpulan/Surat/Detail?id={Id}");
        }
        // The refusal's reason stays next to its field; keep what was typed.
        ViewData["FailedAction"] = aksi;
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
