namespace Kinerja.Web.Infrastructure;

/// <summary>The "Kinerja" section of configuration.</summary>
public class KinerjaOptions
{
    public string DataPath { get; set; } = "./data";
    public bool SeedDemo { get; set; } = true;
    /// <summary>Password every demo account gets when the demo is seeded (documented in the README).</summary>
    public string DemoPassword { get; set; } = "Kinerja#2026";
    /// <summary>IANA zone of the Pemda: decides what "today" is for Plt periods and deadlines.</summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";
    /// <summary>Largest evidence file (bukti dukung) accepted, in bytes; 10 MiB unless configured.</summary>
    public long BuktiMaxBytes { get; set; } = 10 * 1024 * 1024;
}

public enum DatabaseProvider { Sqlite, Postgres }
