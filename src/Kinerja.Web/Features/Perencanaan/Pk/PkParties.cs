using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>A party of a PK: the jabatan and who held it on the day (signing day, or today for a draft).</summary>
public record PartyDto(int? JabatanId, string Jabatan, string? Nama, string? Nip, bool IsPlt);

/// <summary>Finds a jabatan's superior in the unit tree and the people who hold the parties' jabatan.</summary>
public static class PkParties
{
    private static readonly SopRole[] Heads = [SopRole.Kepala, SopRole.Sekretaris, SopRole.KepalaBidang];

    /// <summary>
    /// The pihak kedua by the cascade: a Kepala Seksi / Kasubag signs with the head of the unit above
    /// (Kepala Bidang or Sekretaris), those sign with the Kepala OPD; the Kepala OPD signs with the
    /// Bupati/Wali Kota, who is not a jabatan here, so null.
    /// </summary>
    public static async Task<Jabatan?> SuperiorAsync(Jabatan jabatan, AppDbContext db, CancellationToken ct)
    {
        if (jabatan.Role == SopRole.Kepala) return null;
        var opdJabatan = await db.Jabatan.Where(j => j.PerangkatDaerahId == jabatan.PerangkatDaerahId && j.Id != jabatan.Id && Heads.Contains(j.Role))
            .OrderBy(j => j.Id).ToListAsync(ct);
        if (jabatan.Role is SopRole.KepalaSeksi or SopRole.KasubagPerencanaan && jabatan.UnitKerjaId is int unitId)
        {
            // Walk up the unit tree to the nearest unit with a head.
            var unit = await db.UnitKerja.FirstAsync(u => u.Id == unitId, ct);
            var ancestors = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Reverse().Skip(1);
            foreach (var id in ancestors)
                if (opdJabatan.FirstOrDefault(j => j.UnitKerjaId == id && j.Role != SopRole.Kepala) is { } head) return head;
        }
        return opdJabatan.FirstOrDefault(j => j.Role == SopRole.Kepala);
    }

    /// <summary>A chosen pihak kedua must be another PK-carrying jabatan of the same OPD.</summary>
    public static void EnsureValidSuperior(Jabatan jabatan, Jabatan atasan)
    {
        if (atasan.Id == jabatan.Id) throw new DomainException("Pihak kedua tidak boleh jabatan pihak pertama sendiri.", "AtasanJabatanId");
        if (atasan.PerangkatDaerahId != jabatan.PerangkatDaerahId)
            throw new DomainException("Pihak kedua harus jabatan pada perangkat daerah yang sama.", "AtasanJabatanId");
        PkParty.EnsureCarriesPk(atasan.Role, atasan.Nama, "AtasanJabatanId");
    }

    public static async Task<PartyDto> HolderAsync(int? jabatanId, string fallbackJabatan, DateOnly day, AppDbContext db, CancellationToken ct)
    {
        if (jabatanId is not int id) return new PartyDto(null, fallbackJabatan, null, null, false);
        var nama = await db.Jabatan.Where(j => j.Id == id).Select(j => j.Nama).SingleAsync(ct);
        // A definitive holder comes before a Plt on the same day.
        var holder = await db.JabatanAssignments.Where(a => a.JabatanId == id && a.StartDate <= day && (a.EndDate == null || a.EndDate >= day))
            .OrderBy(a => a.IsPlt).ThenBy(a => a.Id).Select(a => new { a.User.FullName, a.User.Nip, a.IsPlt }).FirstOrDefaultAsync(ct);
        return new PartyDto(id, nama, holder?.FullName, holder?.Nip, holder?.IsPlt ?? false);
    }

    /// <summary>"Bupati Balangan" for "Pemerintah Kabupaten Balangan", "Wali Kota X" for a Kota.</summary>
    public static string HeadOfRegion(string pemdaNama)
    {
        var n = pemdaNama.Replace("Pemerintah ", "", StringComparison.OrdinalIgnoreCase).Trim();
        if (n.StartsWith("Kabupaten ", StringComparison.OrdinalIgnoreCase)) return "Bupati " + n[10..];
        if (n.StartsWith("Kota ", StringComparison.OrdinalIgnoreCase)) return "Wali Kota " + n[5..];
        if (n.StartsWith("Provinsi ", StringComparison.OrdinalIgnoreCase)) return "Gubernur " + n[9..];
        return "Kepala Daerah " + n;
    }
}
