namespace Kinerja.Domain.Organisasi;

/// <summary>The roles the SOPs name as pelaksana, plus the two administrator roles.</summary>
public enum SopRole
{
    Kepala = 1,
    Sekretaris = 2,
    KepalaBidang = 3,
    /// <summary>Kasubag Perencanaan (Evaluasi dan Pelaporan), or Kasubbid Data in a Bappeda.</summary>
    KasubagPerencanaan = 4,
    /// <summary>Kepala Seksi, Kasubag or Kasubbid: the head of a unit below a Bidang.</summary>
    KepalaSeksi = 5,
    /// <summary>Staf, Jabatan Pelaksana, Pejabat Fungsional, Pengelola Program dan Pelaporan.</summary>
    Pelaksana = 6,
    AdminOpd = 7,
    AdminPemda = 8,
}

public static class SopRoles
{
    public static string Label(this SopRole role) => role switch
    {
        SopRole.Kepala => "Kepala Perangkat Daerah",
        SopRole.Sekretaris => "Sekretaris",
        SopRole.KepalaBidang => "Kepala Bidang",
        SopRole.KasubagPerencanaan => "Kasubag Perencanaan / Kasubbid Data",
        SopRole.KepalaSeksi => "Kepala Seksi / Kasubag",
        SopRole.Pelaksana => "Pelaksana / Fungsional",
        SopRole.AdminOpd => "Admin OPD",
        SopRole.AdminPemda => "Admin Pemda",
        _ => role.ToString(),
    };

    /// <summary>Accepts the enum name or the Indonesian label, case-insensitively (for imports).</summary>
    public static bool TryParse(string? text, out SopRole role)
    {
        role = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        foreach (var r in Enum.GetValues<SopRole>())
        {
            if (string.Equals(r.ToString(), t, StringComparison.OrdinalIgnoreCase)
                || string.Equals(r.Label(), t, StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Jabatan that sign, validate or administer (Kepala, Sekretaris, Kabid, Kasubag Perencanaan, Admin OPD,
    /// Admin Pemda): only an Admin Pemda grants or ends them, so an Admin OPD cannot make themselves or a
    /// colleague the one who approves their own work (separation of duties, docs/decisions.md).
    /// </summary>
    public static bool OnlyAdminPemdaAssigns(this SopRole role) => role is not (SopRole.KepalaSeksi or SopRole.Pelaksana);

    /// <summary>Where in the organisation a jabatan of this role must sit.</summary>
    public static JabatanPlacement Placement(this SopRole role) => role switch
    {
        SopRole.AdminPemda => JabatanPlacement.Pemda,
        SopRole.Kepala or SopRole.AdminOpd => JabatanPlacement.OpdOrUnit,
        _ => JabatanPlacement.Unit,
    };
}

public enum JabatanPlacement
{
    /// <summary>Belongs to the Pemda as a whole, no OPD and no unit.</summary>
    Pemda,
    /// <summary>Belongs to an OPD; a unit is optional.</summary>
    OpdOrUnit,
    /// <summary>Must sit in a unit kerja.</summary>
    Unit,
}
