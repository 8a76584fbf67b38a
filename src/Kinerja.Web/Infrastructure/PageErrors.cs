using Kinerja.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Infrastructure;

public static class PageErrors
{
    /// <summary>
    /// Runs a use case from a page; a refusal becomes a message next to the field it is about
    /// (or at the top of the form), so nothing the user typed is lost.
    /// </summary>
    public static async Task<bool> TryRunAsync(this PageModel page, Func<Task> action, string prefix = "Input")
    {
        try
        {
            await action();
            return true;
        }
        catch (DomainException e)
        {
            var key = e.Field switch
            {
                null or "" => "",
                "File" => "File",
                _ when prefix.Length == 0 => e.Field,
                _ => $"{prefix}.{e.Field}",
            };
            page.ModelState.AddModelError(key, e.Message);
        }
        catch (ValidationFailedException e)
        {
            page.ModelState.AddModelError("", e.Message);
            foreach (var (key, messages) in e.Errors)
                foreach (var m in messages) page.ModelState.AddModelError("Rows", $"{key}: {m}");
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            page.ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            page.ModelState.AddModelError("", "Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang halaman lalu ulangi perubahan Anda.");
        }
        return false;
    }
}
