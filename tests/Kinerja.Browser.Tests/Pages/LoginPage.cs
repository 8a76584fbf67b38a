using Microsoft.Playwright;

namespace Kinerja.Browser.Tests.Pages;

/// <summary>Page object of /Akun/Masuk.</summary>
public class LoginPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/Akun/Masuk");

    public async Task LogInAsync(string user, string password)
    {
        await page.GetByLabel("Nama pengguna").FillAsync(user);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public ILocator Error => page.Locator(".validation-summary-errors");
}
