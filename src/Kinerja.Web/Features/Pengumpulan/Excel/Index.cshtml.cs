using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.Excel;

/// <summary>/Pengumpulan/Format/{id}/Excel: download the form as XLSX, upload it back with every bad row listed.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public IFormFile? Berkas { get; set; }
    [BindProperty] public string? Alasan { get; set; }
    public FormatDto Format { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        FormatXlsxUploadResult? result = null;
        var ok = await this.TryRunAsync(async () =>
        {
            if (Berkas is null) throw new DomainException("Pilih berkas XLSX formulir yang akan diunggah.", "File");
            result = await UploadFormatXlsx.Handle(Id, Berkas.FileName, Berkas.Length, () => Bukti.BuktiApi.ReadAsync(Berkas, ct), Alasan, db,
                await me.ScopeAsync(ct), clock, ct);
        });
        if (!ok) return Page();
        TempData["Pesan"] = result!.Berubah == 0
            ? $"Unggahan diterima: {result.BarisIndikator} baris indikator dan {result.BarisAnggaran} baris anggaran, tidak ada yang berubah."
            : $"Unggahan tersimpan: {result.Berubah} baris berubah dari {result.BarisIndikator} baris indikator dan {result.BarisAnggaran} baris anggaran.";
        return Redirect($"/Pengumpulan/Format/{Id}/Excel");
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
}
