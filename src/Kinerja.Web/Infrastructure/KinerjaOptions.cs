namespace Kinerja.Web.Infrastructure;

/// <summary>
/// The "Kinerja" section of configuration. The defaults here are the only ones (appsettings.json does not
/// repeat them); the README's configuration table is checked against this class by a test.
/// </summary>
public class KinerjaOptions
{
    public const string Section = "Kinerja";

    /// <summary>SQLite file, data-protection keys and evidence files; relative paths start at the working directory.</summary>
    public string DataPath { get; set; } = "./data";
    public bool SeedDemo { get; set; } = true;
    /// <summary>Password every demo account gets when the demo is seeded (documented in the README).</summary>
    public string DemoPassword { get; set; } = "Kinerja#2026";
    /// <summary>IANA zone of the Pemda: decides what "today" is for Plt periods and deadlines (WITA: both demo regencies).</summary>
    public string TimeZone { get; set; } = "Asia/Makassar";
    /// <summary>Largest evidence file (bukti dukung) accepted, in bytes; 10 MiB unless configured.</summary>
    public long BuktiMaxBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Headless Chromium that prints the PK and the SOP as PDF; when missing, those endpoints answer 503.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
    /// <summary>How long one PDF may take before Chromium is stopped.</summary>
    public int PdfTimeoutSeconds { get; set; } = 60;

    /// <summary><see cref="DataPath"/> as an absolute path.</summary>
    public string FullDataPath => Path.GetFullPath(DataPath, Directory.GetCurrentDirectory());
}

/// <summary>The "Database" section, and the connection string <c>ConnectionStrings:Kinerja</c>.</summary>
public class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringKey = "ConnectionStrings:Kinerja";

    /// <summary><c>Sqlite</c> or <c>Postgres</c> (any letter case); anything else stops the app at start.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>From <see cref="ConnectionStringKey"/>; required for Postgres, for SQLite empty means <c>&lt;DataPath&gt;/kinerja.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The provider by its name, or null when it names none.</summary>
    public DatabaseProvider? ParsedProvider =>
        Enum.GetValues<DatabaseProvider>().Select(p => (DatabaseProvider?)p)
            .FirstOrDefault(p => string.Equals(p.ToString(), Provider?.Trim(), StringComparison.OrdinalIgnoreCase));
}

public enum DatabaseProvider { Sqlite, Postgres }
