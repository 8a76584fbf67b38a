using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Perencanaan;

/// <summary>
/// Who signs a Perjanjian Kinerja: the structural heads of the cascade — Kepala OPD (eselon II),
/// Sekretaris and Kepala Bidang (eselon III), Kepala Seksi / Kasubag (eselon IV). The Kasubag
/// Perencanaan is a Kasubag too, so carries one. Staff, fungsional and admins do not.
/// </summary>
public static class PkParty
{
    public static bool CarriesPk(SopRole role) => role is SopRole.Kepala or SopRole.Sekretaris or SopRole.KepalaBidang
        or SopRole.KepalaSeksi or SopRole.KasubagPerencanaan;

    public static void EnsureCarriesPk(SopRole role, string jabatan, string field)
    {
        if (!CarriesPk(role))
            throw new DomainException($"Jabatan {jabatan} ({role.Label()}) tidak menandatangani Perjanjian Kinerja; hanya Kepala, Sekretaris, Kepala Bidang dan Kepala Seksi/Kasubag.", field);
    }
}
