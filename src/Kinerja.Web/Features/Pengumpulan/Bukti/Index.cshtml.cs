using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Features.Pengumpulan.Bukti;

/// <summary>/Pengumpulan/Format/{id}/Bukti: each indicator row's evidence files, with upload and delete while the form may be filled.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock, DatabaseInfo database, IOptions<KinerjaOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public FormatDto Format { get; private set; } = null!;
    public long MaxBytes => options.Value.BuktiMaxBytes;
    public DateTime Local(DateTime utc) => clock.ToLocal(utc);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(int rowId, IFormFile? berkas, string? alasan, CancellationToken ct)
    {
        var store = new BuktiStore(database, options);
        string? name = null;
        var ok = await this.TryRunAsync(async () =>
        {
            if (berkas is null) throw new Domain.DomainException("Pilih berkas bukti yang akan diunggah.", "file");
            name = (await UploadBukti.Handle(Id, rowId, berkas.FileName, () => BuktiApi.ReadAsync(berkas, ct), berkas.Length, alasan, db,
                await me.ScopeAsync(ct), clock, store, ct)).NamaFile;
        }, prefix: $"row-{rowId}");
        if (ok)
        {
            TempData["Pesan"] = $"Bukti \"{name}\" tersimpan.";
            return Redirect($"/Pengumpulan/Format/{Id}/Bukti#baris-{rowId}");
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int buktiId, int rowId, string? alasan, CancellationToken ct)
    {
        var ok = await this.TryRunAsync(async () =>
            await DeleteBukti.Handle(buktiId, alasan, db, await me.ScopeAsync(ct), clock, new BuktiStore(database, options), ct), prefix: $"row-{rowId}");
        if (ok)
        {
            TempData["Pesan"] = "Bukti dihapus.";
            return Redirect($"/Pengumpulan/Format/{Id}/Bukti#baris-{rowId}");
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Format = await GetFormat.Handle(Id, db, await me.ScopeAsync(ct), clock, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public string Errors(int rowId) =>
        string.Join(" ", ModelState.Where(kv => kv.Key.StartsWith($"row-{rowId}", StringComparison.Ordinal)).SelectMany(kv => kv.Value!.Errors).Select(e => e.ErrorMessage));
}
