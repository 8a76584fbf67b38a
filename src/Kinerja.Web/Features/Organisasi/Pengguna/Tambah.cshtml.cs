using Kinerja.Web.Data;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.Pengguna;

public class TambahModel(CurrentUser me, AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public class Form
    {
        public string? UserName { get; set; }
        public string? FullName { get; set; }
        public string? Nip { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public int? PerangkatDaerahId { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public List<Organisasi.PerangkatDaerah> Opds { get; private set; } = [];
    public bool CanCreatePemdaAccount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        var scope = await me.ScopeAsync(ct);
        AppUser? created = null;
        if (await this.TryRunAsync(async () => created = await CreateUser.Handle(
                new CreateUserRequest(Input.UserName, Input.FullName, Input.Nip, Input.Email, Input.Password, Input.PerangkatDaerahId, null),
                db, users, scope, ct)))
        {
            TempData["Pesan"] = $"Akun {created!.UserName} dibuat. Tugaskan jabatannya di bawah ini.";
            return Redirect($"/Organisasi/Pengguna/Detail/{created.Id}");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.ManagesAnything) return false;
        Opds = await scope.ManagedPerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        CanCreatePemdaAccount = scope.IsAdminPemda;
        return true;
    }
}
