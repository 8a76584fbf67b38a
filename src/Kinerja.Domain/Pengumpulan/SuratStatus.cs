namespace Kinerja.Domain.Pengumpulan;

/// <summary>The two letters of a collection round in the PUPRPERKIM SOP.</summary>
public enum SuratJenis
{
    /// <summary>SK Pengumpulan Data Kinerja: the Kepala's decree that sets the collection.</summary>
    SK = 1,
    /// <summary>Surat Pemberitahuan pengisian data: the letter that tells each unit to fill its form.</summary>
    SuratPemberitahuan = 2,
}

/// <summary>Where a letter stands in the chain of the SOP; each status names what it waits for.</summary>
public enum SuratStatus
{
    /// <summary>Being drafted by the planning section's staff or the Kasubag.</summary>
    Draf = 1,
    /// <summary>With the Kasubag Perencanaan for correction (comments), and back here after a refused paraf.</summary>
    Koreksi = 2,
    /// <summary>Corrected; waits for the Kasubag Perencanaan's paraf.</summary>
    MenungguParafKasubag = 3,
    /// <summary>Initialled by the Kasubag; waits for the Sekretaris' paraf.</summary>
    MenungguParafSekretaris = 4,
    /// <summary>Initialled twice; waits for the Kepala's signature.</summary>
    MenungguTandaTangan = 5,
    /// <summary>Signed and numbered; waits to be duplicated.</summary>
    Ditandatangani = 6,
    /// <summary>Duplicated; waits to be distributed to the units.</summary>
    Digandakan = 7,
    /// <summary>In every unit's inbox; waits to be archived.</summary>
    Didistribusikan = 8,
    /// <summary>Filed. The end of the chain.</summary>
    Diarsipkan = 9,
}

public enum SuratAction
{
    /// <summary>The drafter hands the draft in for correction.</summary>
    Ajukan = 1,
    /// <summary>The Kasubag has corrected the draft (with comments); it is ready for paraf.</summary>
    Koreksi = 2,
    /// <summary>Paraf of the Kasubag Perencanaan or of the Sekretaris, depending on the status.</summary>
    Paraf = 3,
    /// <summary>A paraf (or the signature) is refused with a reason; the letter goes back to correction.</summary>
    Tolak = 4,
    /// <summary>The Kepala signs; the number is assigned.</summary>
    TandaTangan = 5,
    Gandakan = 6,
    Distribusikan = 7,
    Arsipkan = 8,
}

public static class SuratLabels
{
    public static string Label(this SuratJenis j) => j switch
    {
        SuratJenis.SK => "SK Pengumpulan Data Kinerja",
        SuratJenis.SuratPemberitahuan => "Surat Pemberitahuan Pengisian Data Kinerja",
        _ => j.ToString(),
    };

    public static string Label(this SuratStatus s) => s switch
    {
        SuratStatus.Draf => "Draf",
        SuratStatus.Koreksi => "Dalam koreksi",
        SuratStatus.MenungguParafKasubag => "Menunggu paraf Kasubag Perencanaan",
        SuratStatus.MenungguParafSekretaris => "Menunggu paraf Sekretaris",
        SuratStatus.MenungguTandaTangan => "Menunggu tanda tangan Kepala",
        SuratStatus.Ditandatangani => "Ditandatangani",
        SuratStatus.Digandakan => "Digandakan",
        SuratStatus.Didistribusikan => "Didistribusikan",
        SuratStatus.Diarsipkan => "Diarsipkan",
        _ => s.ToString(),
    };

    /// <summary>What the history says happened.</summary>
    public static string Label(this SuratAction a) => a switch
    {
        SuratAction.Ajukan => "Diajukan untuk koreksi",
        SuratAction.Koreksi => "Dikoreksi",
        SuratAction.Paraf => "Diparaf",
        SuratAction.Tolak => "Ditolak, kembali ke koreksi",
        SuratAction.TandaTangan => "Ditandatangani",
        SuratAction.Gandakan => "Digandakan",
        SuratAction.Distribusikan => "Didistribusikan",
        SuratAction.Arsipkan => "Diarsipkan",
        _ => a.ToString(),
    };

    /// <summary>The button's words.</summary>
    public static string Verb(this SuratAction a) => a switch
    {
        SuratAction.Ajukan => "Ajukan untuk koreksi",
        SuratAction.Koreksi => "Selesai koreksi",
        SuratAction.Paraf => "Paraf",
        SuratAction.Tolak => "Tolak",
        SuratAction.TandaTangan => "Tanda tangani",
        SuratAction.Gandakan => "Tandai digandakan",
        SuratAction.Distribusikan => "Distribusikan ke unit",
        SuratAction.Arsipkan => "Arsipkan",
        _ => a.ToString(),
    };

    /// <summary>The URL's action word.</summary>
    public static string Slug(this SuratAction a) => a == SuratAction.TandaTangan ? "tanda-tangan" : a.ToString().ToLowerInvariant();

    public static SuratAction? ParseSlug(string slug) =>
        Enum.GetValues<SuratAction>().Cast<SuratAction?>().FirstOrDefault(a => a!.Value.Slug() == slug.ToLowerInvariant());

    /// <summary>The text may change only before the paraf.</summary>
    public static bool IsEditable(this SuratStatus s) => s is SuratStatus.Draf or SuratStatus.Koreksi;
}
