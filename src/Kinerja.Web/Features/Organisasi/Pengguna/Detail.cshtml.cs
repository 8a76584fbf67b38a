using Kinerja.Web.Data;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.Pengguna;

/// <summary>One account: its jabatan (assign, Plt, end) and an admin password reset.</summary>
public class DetailModel(CurrentUser me, AppDbContext db, UserManager<AppUser> users, Clock clock) : PageModel
{
    public class AssignForm
    {
        public int JabatanId { get; set; }
        public bool IsPlt { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public AssignForm Assign { get; set; } = new();
    [BindProperty] public string? NewPassword { get; set; }
    public UserDto Account { get; private set; } = null!;
    public List<Jabatan> Choices { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Assign.StartDate = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => AssignJabatan.Handle(Id, new AssignJabatanRequest(Assign.JabatanId, Assign.IsPlt, Assign.StartDate, Assign.EndDate), db, scope, clock, ct), "Assign"))
        {
            TempData["Pesan"] = "Jabatan ditugaskan.";
            return Redirect($"/Organisasi/Pengguna/Detail/{Id}");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(int assignmentId, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => EndAssignment.Handle(Id, assignmentId, db, scope, clock, ct)))
        {
            TempData["Pesan"] = "Penugasan diakhiri.";
            return Redirect($"/Organisasi/Pengguna/Detail/{Id}");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var scope = await me.ScopeAsync(ct);
        if (await this.TryRunAsync(() => ResetPassword.Handle(Id, new ResetPasswordRequest(NewPassword), db, users, scope, ct), ""))
        {
            TempData["Pesan"] = "Kata sandi diatur ulang dan kunci akun dibuka.";
            return Redirect($"/Organisasi/Pengguna/Detail/{Id}");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var account = (await UserQueries.ToDtosAsync(scope.Users(db.Users).Where(u => u.Id == Id), db, clock, ct)).FirstOrDefault();
        if (account is null) return false;
        Account = account;
        Choices = await scope.ManagedJabatan(db.Jabatan).Include(j => j.PerangkatDaerah)
            .Where(j => j.PemdaId == account.PemdaId)
            .OrderBy(j => j.PerangkatDaerahId).ThenBy(j => j.Kode).ToListAsync(ct);
        return true;
    }
}
