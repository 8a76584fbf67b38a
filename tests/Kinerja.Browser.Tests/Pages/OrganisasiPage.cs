using Microsoft.Playwright;

namespace Kinerja.Browser.Tests.Pages;

/// <summary>Page object of the organisation tree and its add-unit form.</summary>
public class OrganisasiPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/Organisasi");

    public ILocator Opd(string name) => page.Locator("[data-testid=opd]").Filter(new() { HasText = name });

    public async Task AddUnitAsync(string opd, string kode, string nama, string jenis, string? parent = null)
    {
        await Opd(opd).GetByRole(AriaRole.Link, new() { Name = "Tambah unit" }).ClickAsync();
        await page.GetByLabel("Kode unit").FillAsync(kode);
        await page.GetByLabel("Nama unit").FillAsync(nama);
        await page.GetByLabel("Jenis").SelectOptionAsync(new SelectOptionValue { Label = jenis });
        if (parent is not null) await page.GetByLabel("Unit induk").SelectOptionAsync(new SelectOptionValue { Label = parent });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public ILocator FieldError(string field) => page.Locator($"[data-valmsg-for='{field}']");
}
