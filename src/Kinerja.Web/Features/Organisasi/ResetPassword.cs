using Kinerja.Web.Data;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Web.Features.Organisasi;

public record ResetPasswordRequest(string? NewPassword);

/// <summary>An admin sets a new password for an account they manage, and lifts any lockout.</summary>
public static class ResetPassword
{
    public static async Task Handle(string userId, ResetPasswordRequest r, AppDbContext db, UserManager<AppUser> users, AccessScope scope, CancellationToken ct)
    {
        var user = await AssignJabatan.LoadManagedUserAsync(userId, db, scope, ct);
        var password = Input.Required(r.NewPassword, "NewPassword", "Kata sandi baru", 128);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        IndonesianIdentityErrors.ThrowIfFailed(await users.ResetPasswordAsync(user, token, password), "NewPassword");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }
}
