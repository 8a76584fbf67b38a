using Microsoft.Extensions.Options;

namespace Kinerja.Web.Infrastructure;

/// <summary>
/// The one place that reads configuration: binds the options classes and validates them when the app
/// starts, so a wrong setting stops the app with a message in Indonesian and English instead of
/// falling back silently.
/// </summary>
public static class OptionsSetup
{
    /// <summary>Where the app listens unless <c>urls</c> (or <c>--urls</c>, <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddKinerjaOptions(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.WebHost.UseUrls(config[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls ? urls : DefaultUrls);

        builder.Services.AddOptions<KinerjaOptions>().BindConfiguration(KinerjaOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KinerjaOptions>, KinerjaOptionsValidator>();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Configure(o => o.ConnectionString = config[DatabaseOptions.ConnectionStringKey])
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        return builder;
    }

    private sealed class KinerjaOptionsValidator : IValidateOptions<KinerjaOptions>
    {
        public ValidateOptionsResult Validate(string? name, KinerjaOptions o)
        {
            var errors = new List<string>();
            if (string.IsNullOrWhiteSpace(o.DataPath))
                errors.Add("Kinerja:DataPath harus diisi. / Kinerja:DataPath must not be empty.");
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone ?? "", out _))
                errors.Add($"Kinerja:TimeZone '{o.TimeZone}' bukan zona waktu IANA yang dikenal (mis. Asia/Makassar). / " +
                           $"Kinerja:TimeZone '{o.TimeZone}' is not a known IANA time zone (e.g. Asia/Makassar).");
            if (o.BuktiMaxBytes <= 0)
                errors.Add("Kinerja:BuktiMaxBytes harus lebih dari 0. / Kinerja:BuktiMaxBytes must be greater than 0.");
            if (o.PdfTimeoutSeconds <= 0)
                errors.Add("Kinerja:PdfTimeoutSeconds harus lebih dari 0. / Kinerja:PdfTimeoutSeconds must be greater than 0.");
            if (string.IsNullOrWhiteSpace(o.ChromiumPath))
                errors.Add("Kinerja:ChromiumPath harus diisi. / Kinerja:ChromiumPath must not be empty.");
            if (o.SeedDemo && string.IsNullOrWhiteSpace(o.DemoPassword))
                errors.Add("Kinerja:DemoPassword harus diisi bila Kinerja:SeedDemo = true. / " +
                           "Kinerja:DemoPassword is required when Kinerja:SeedDemo is true.");
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }

    private sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions o)
        {
            var provider = o.ParsedProvider;
            if (provider is null)
                return ValidateOptionsResult.Fail(
                    $"Database:Provider '{o.Provider}' tidak dikenal: pilih Sqlite atau Postgres. / " +
                    $"Database:Provider '{o.Provider}' is unknown: use Sqlite or Postgres.");
            if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(o.ConnectionString))
                return ValidateOptionsResult.Fail(
                    "ConnectionStrings:Kinerja harus diisi bila Database:Provider = Postgres. / " +
                    "ConnectionStrings:Kinerja is required when Database:Provider is Postgres.");
            return ValidateOptionsResult.Success;
        }
    }
}
