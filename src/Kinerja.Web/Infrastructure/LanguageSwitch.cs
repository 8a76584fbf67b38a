using Microsoft.AspNetCore.Localization;

namespace Kinerja.Web.Infrastructure;

public static class LanguageSwitch
{
    /// <summary>POST /bahasa?lang=en|id&amp;returnUrl=… sets the language cookie for a year.</summary>
    public static void MapLanguageSwitch(this WebApplication app) =>
        app.MapPost("/bahasa", (HttpContext http, string? lang, string? returnUrl) =>
        {
            var ui = lang == LocalizationSetup.English ? LocalizationSetup.English : LocalizationSetup.Indonesian;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, LocalizationSetup.CookieValue(ui),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
}
