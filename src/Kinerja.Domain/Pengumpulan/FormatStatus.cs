namespace Kinerja.Domain.Pengumpulan;

/// <summary>Where a unit's data form stands in the validation chain; each names who it waits for.</summary>
public enum FormatStatus
{
    /// <summary>The unit is filling it in.</summary>
    Isian = 1,
    /// <summary>Submitted; the Kepala Seksi checks it first (when the OPD has that step).</summary>
    MenungguKasi = 2,
    /// <summary>Waiting for the Kepala Bidang (or Sekretaris for the Sekretariat) to approve or return.</summary>
    MenungguKabid = 3,
    /// <summary>Approved by the Kepala Bidang; the Kasubag Perencanaan verifies.</summary>
    MenungguVerifikasi = 4,
    /// <summary>Verified and locked: the data set the reports are built from.</summary>
    Terkunci = 5,
    /// <summary>Sent back to the unit with notes; editable again.</summary>
    Dikembalikan = 6,
}

public enum FormatAction
{
    /// <summary>The unit submits its form.</summary>
    Ajukan = 1,
    /// <summary>The Kepala Seksi passes it on to the Kepala Bidang.</summary>
    Teruskan = 2,
    /// <summary>The Kepala Bidang approves it.</summary>
    Setujui = 3,
    /// <summary>Any validator sends it back with a note.</summary>
    Kembalikan = 4,
    /// <summary>The Kasubag Perencanaan verifies it, which locks it.</summary>
    Verifikasi = 5,
    /// <summary>A locked form is opened again, with a reason.</summary>
    BukaKembali = 6,
}

public static class FormatStatusLabels
{
    public static string Label(this FormatStatus s) => s switch
    {
        FormatStatus.Isian => "Diisi unit",
        FormatStatus.MenungguKasi => "Menunggu Kepala Seksi",
        FormatStatus.MenungguKabid => "Menunggu Kepala Bidang",
        FormatStatus.MenungguVerifikasi => "Menunggu verifikasi Kasubag Perencanaan",
        FormatStatus.Terkunci => "Terkunci",
        FormatStatus.Dikembalikan => "Dikembalikan",
        _ => s.ToString(),
    };

    public static string Label(this FormatAction a) => a switch
    {
        FormatAction.Ajukan => "Diajukan",
        FormatAction.Teruskan => "Diteruskan Kepala Seksi",
        FormatAction.Setujui => "Disetujui Kepala Bidang",
        FormatAction.Kembalikan => "Dikembalikan",
        FormatAction.Verifikasi => "Diverifikasi dan dikunci",
        FormatAction.BukaKembali => "Dibuka kembali",
        _ => a.ToString(),
    };

    /// <summary>The unit may change values only while the form is with it.</summary>
    public static bool IsEditable(this FormatStatus s) => s is FormatStatus.Isian or FormatStatus.Dikembalikan;
}
