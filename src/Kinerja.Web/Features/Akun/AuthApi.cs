using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Kinerja.Web.Features.Akun;

public record TokenRequest(string? Username, string? Password);

public record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public record MeDto(string Id, string UserName, string FullName, IReadOnlyList<ActiveJabatan> Jabatan);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Akun");
        g.MapPost("/auth/token", Token).AllowAnonymous().WithName("CreateToken")
            .WithSummary("Tukar nama pengguna dan kata sandi dengan bearer token")
            .Produces<AccessTokenResponse>().ProducesProblem(401);
        g.MapPost("/auth/logout", LogOutEverywhere).WithName("LogOut")
            .WithSummary("Akhiri semua sesi akun ini: cookie dan semua bearer token berhenti berlaku");
        g.MapGet("/me", Me).WithName("GetMe");
        g.MapPost("/me/password", ChangeOwnPassword).WithName("ChangePassword");
        return api;
    }

    /// <summary>
    /// The bearer handler writes the token response itself when we sign in with its scheme; a
    /// wrong password counts towards lockout exactly as on the login page.
    /// </summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Token(TokenRequest r, SignInManager<AppUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(r.Username?.Trim().ToLowerInvariant() ?? "", r.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.Empty;
        return TypedResults.Problem(statusCode: 401, title: "Gagal masuk", detail: LoginMessages.For(result));
    }

    private static async Task<NoContent> LogOutEverywhere(CurrentUser me, UserManager<AppUser> users, KinerjaSignInManager signIn)
    {
        var user = await users.FindByIdAsync(me.Id!) ?? throw new NotFoundException();
        await LogOut.EverywhereAsync(user, users, signIn);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MeDto>> Me(CurrentUser me, UserManager<AppUser> users, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var user = await users.FindByIdAsync(me.Id!) ?? throw new NotFoundException();
        return TypedResults.Ok(new MeDto(user.Id, user.UserName!, user.FullName, scope.Jabatan));
    }

    private static async Task<NoContent> ChangeOwnPassword(ChangePasswordRequest r, CurrentUser me, UserManager<AppUser> users)
    {
        var user = await users.FindByIdAsync(me.Id!) ?? throw new NotFoundException();
        var next = Input.Required(r.NewPassword, "NewPassword", "Kata sandi baru", 128);
        IndonesianIdentityErrors.ThrowIfFailed(await users.ChangePasswordAsync(user, r.CurrentPassword ?? "", next), "CurrentPassword");
        return TypedResults.NoContent();
    }
}

public static class LoginMessages
{
    public static string For(Microsoft.AspNetCore.Identity.SignInResult result) =>
        result.IsLockedOut
            ? "Akun Anda dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit atau hubungi admin."
            : result.IsNotAllowed
                ? "Akun Anda belum diizinkan masuk. Hubungi admin."
                : "Nama pengguna atau kata sandi salah.";
}
