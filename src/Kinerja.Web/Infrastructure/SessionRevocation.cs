using System.Security.Claims;
using Kinerja.Web.Features.Akun;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Web.Infrastructure;

/// <summary>
/// Every authenticated request — cookie or bearer token — is checked against the account's current
/// security stamp (issue 13, finding 2). Logout, a password change, an admin reset and the end of a
/// jabatan assignment change the stamp, so every session of that user ends on its next request.
/// Identity's own cookie validator only looks every 30 minutes and the bearer handler never does;
/// the check here is one primary-key read per request, cheap enough to do every time (interval zero).
/// </summary>
public static class SessionRevocation
{
    public static IApplicationBuilder UseSessionRevocation(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var signIn = http.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            if (await signIn.ValidateSecurityStampAsync(http.User) is null)
            {
                if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                    await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                // Anonymous from here on: authorization challenges (401 for the API, the login page for pages).
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next(http);
    });
}
