using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Kinerja.Web.Infrastructure;

public static class LocalizationSetup
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static WebApplicationBuilder AddKinerjaLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            // Dates and numbers stay Indonesian (22 November 2026; 1.234,56) whichever language the
            // user reads the interface in: they are the agency's figures, written the agency's way.
            var formats = new CultureInfo("id-ID");
            o.DefaultRequestCulture = new RequestCulture(formats, new CultureInfo(Indonesian));
            o.SupportedCultures = [formats];
            o.SupportedUICultures = [new CultureInfo(Indonesian), new CultureInfo(English)];
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
            o.FallBackToParentUICultures = true;
        });
        return builder;
    }

    /// <summary>The request's culture is always id-ID for formats; only the UI language varies.</summary>
    public static string CookieValue(string uiCulture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("id-ID", uiCulture));
}
