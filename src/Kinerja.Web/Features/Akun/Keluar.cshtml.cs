using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Akun;

[AllowAnonymous]
public class KeluarModel(KinerjaSignInManager signIn, UserManager<AppUser> users) : PageModel
{
    public IActionResult OnGet() => Page();

    /// <summary>
    /// Logging out changes the security stamp: the cookie in this browser, copies of it and every
    /// bearer token of the account stop working (keluar dari semua perangkat).
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await LogOut.EverywhereAsync(user, users, signIn);
        await signIn.SignOutAsync();
        return RedirectToPage("/Akun/Masuk");
    }
}

public static class LogOut
{
    public static async Task EverywhereAsync(AppUser user, UserManager<AppUser> users, KinerjaSignInManager signIn)
    {
        await users.UpdateSecurityStampAsync(user);
        await signIn.AuditAsync(user.UserName!, "Keluar", "semua sesi diakhiri");
    }
}
