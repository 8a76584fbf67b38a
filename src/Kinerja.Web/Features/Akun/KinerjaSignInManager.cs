using System.Text.Json;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Features.Akun;

/// <summary>
/// Identity's sign-in with three holes closed (issue 13, finding 1):
/// attempts on one account are serialised, so parallel wrong passwords cannot lose failed-count updates
/// or slip a right one past a lockout; an unknown user costs the same password hash as a known one, so
/// response time does not tell which names exist; every attempt (success, failure, lockout) is audited.
/// </summary>
public class KinerjaSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, AppDbContext db, TimeProvider clock)
    : SignInManager<AppUser>(users, http, claims, options, logger, schemes, confirmation)
{
    // A fixed set of gates keyed by the name's hash: bounded memory whatever names an attacker tries.
    // One process serves the app (the SQLite file or one PostgreSQL database), so an in-process gate is enough.
    private static readonly SemaphoreSlim[] Gates = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    // Hash of a random password, verified when the name is unknown so both paths do the same work.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(null!, Guid.NewGuid().ToString("N")));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var gate = Gates[(uint)StringComparer.OrdinalIgnoreCase.GetHashCode(userName) % Gates.Length];
        await gate.WaitAsync();
        try
        {
            // Loaded inside the gate, so it sees the failed count and lockout the previous attempt wrote.
            var user = await UserManager.FindByNameAsync(userName);
            if (user is null)
            {
                UserManager.PasswordHasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
                await AuditAsync(userName, "MasukGagal", "nama pengguna tidak dikenal");
                return SignInResult.Failed;
            }
            var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
            await AuditAsync(user.UserName!, result.Succeeded ? "MasukBerhasil" : result.IsLockedOut ? "MasukTerkunci" : "MasukGagal",
                result.Succeeded ? null : result.IsLockedOut ? "akun terkunci" : result.IsNotAllowed ? "tidak diizinkan" : "kata sandi salah");
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Account events are not row changes, so they are written here rather than by the audit trail.</summary>
    public async Task AuditAsync(string userName, string action, string? detail)
    {
        var channel = Context.Request.Path.StartsWithSegments("/api") ? "api" : "halaman";
        var name = userName.Length > 100 ? userName[..100] : userName;
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserName = name,
            Entity = "Akun",
            EntityKey = name,
            Action = action,
            Changes = JsonSerializer.Serialize(new Dictionary<string, object?[]>
            {
                ["Saluran"] = [null, channel],
                ["Keterangan"] = [null, detail],
                ["Alamat"] = [null, Context.Connection.RemoteIpAddress?.ToString()],
            }),
        });
        await db.SaveChangesAsync();
    }
}
