using Kinerja.Web.Features.Organisasi;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Web.Features.Akun;

public class AppUser : IdentityUser
{
    public required string FullName { get; set; }
    /// <summary>Nomor Induk Pegawai (18 digits) where the user is a civil servant.</summary>
    public string? Nip { get; set; }
    public int PemdaId { get; set; }
    public Pemda Pemda { get; set; } = null!;
    /// <summary>The OPD whose admin manages this account; null for Pemda-level accounts.</summary>
    public int? PerangkatDaerahId { get; set; }
    public PerangkatDaerah? PerangkatDaerah { get; set; }
    /// <summary>"id" or "en"; null follows the browser cookie / default (Indonesian).</summary>
    public string? PreferredLanguage { get; set; }

    public List<JabatanAssignment> Assignments { get; set; } = [];
}
