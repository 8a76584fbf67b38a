using Kinerja.Domain.Capaian;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Kotak;

/// <param name="Jenis">isi, teruskan, setujui, verifikasi (letters will add their own kinds).</param>
public record KotakItemDto(string Jenis, string Label, int FormatId, int PengumpulanDataId, int? PerangkatDaerahId, string PerangkatDaerah,
    string Unit, string Periode, int Tahun, FormatStatus Status, string StatusLabel, DateTime BatasWaktuUtc, bool LewatBatasWaktu, string Url);

/// <summary>
/// What waits for the current user ("Kotak masuk"): forms of their own unit to fill in an open round,
/// forms to pass on (Kepala Seksi), approve (Kepala Bidang / Sekretaris) or verify (Kasubag
/// Perencanaan). One query for the whole inbox, so the letters of a round can be appended here later.
/// </summary>
public static class GetKotakMasuk
{
    private static readonly FormatStatus[] Waiting =
        [FormatStatus.Isian, FormatStatus.Dikembalikan, FormatStatus.MenungguKasi, FormatStatus.MenungguKabid, FormatStatus.MenungguVerifikasi];

    public static async Task<List<KotakItemDto>> Handle(AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        if (!scope.IsAuthenticated) return [];
        var units = scope.UnitsOverWhich(SopRole.Pelaksana, SopRole.KepalaSeksi, SopRole.KepalaBidang, SopRole.Sekretaris).ToList();
        var verifyOpds = scope.Jabatan.Where(j => j.Role == SopRole.KasubagPerencanaan && j.OpdId != null).Select(j => j.OpdId!.Value).Distinct().ToList();
        if (units.Count == 0 && verifyOpds.Count == 0) return [];
        var now = clock.UtcNow;
        var forms = await db.FormatDataKinerja
            .Include(f => f.PengumpulanData).ThenInclude(r => r.PerangkatDaerah)
            .Include(f => f.UnitKerja).Include(f => f.SumberOpd)
            .Where(f => Waiting.Contains(f.Status) && f.PengumpulanData.DikunciUtc == null && f.PengumpulanData.DibukaUtc <= now
                        && ((f.UnitKerjaId != null && units.Contains(f.UnitKerjaId.Value))
                            || (f.Status == FormatStatus.MenungguVerifikasi && f.PengumpulanData.PerangkatDaerahId != null
                                && verifyOpds.Contains(f.PengumpulanData.PerangkatDaerahId.Value))))
            .AsSplitQuery().AsNoTracking().ToListAsync(ct);

        var items = new List<KotakItemDto>();
        foreach (var f in forms)
        {
            var jenis = What(f, scope, now);
            if (jenis is null) continue;
            var round = f.PengumpulanData;
            items.Add(new KotakItemDto(jenis, Label(jenis), f.Id, round.Id, round.PerangkatDaerahId, round.PerangkatDaerah?.Nama ?? "Pemerintah Daerah",
                GetFormat.UnitName(f), Periode.Triwulan(round.Triwulan).ToString(), round.Tahun, f.Status, f.Status.Label(),
                round.BatasWaktuUtc, now > round.BatasWaktuUtc, $"/Pengumpulan/Format/{f.Id}"));
        }
        return items.OrderByDescending(i => i.BatasWaktuUtc).ThenBy(i => i.PerangkatDaerah).ThenBy(i => i.Unit).ToList();
    }

    /// <summary>Why the form waits for this user, or null when it does not.</summary>
    private static string? What(FormatDataKinerja f, AccessScope scope, DateTime now) => f.Status switch
    {
        // To fill: the user's own unit (a Pelaksana's Seksi, or the unit a Kasi / Kabid heads), not every Seksi below a Kabid.
        FormatStatus.Isian or FormatStatus.Dikembalikan when f.UnitKerjaId is int u && OwnUnit(scope, u) => "isi",
        FormatStatus.MenungguKasi when FormatPermissions.MayTake(f, FormatAction.Teruskan, scope, now) => "teruskan",
        FormatStatus.MenungguKabid when FormatPermissions.MayTake(f, FormatAction.Setujui, scope, now) => "setujui",
        FormatStatus.MenungguVerifikasi when FormatPermissions.MayTake(f, FormatAction.Verifikasi, scope, now) => "verifikasi",
        _ => null,
    };

    private static bool OwnUnit(AccessScope scope, int unitId) =>
        scope.HoldsRoleOver(SopRole.Pelaksana, unitId)
        || scope.Jabatan.Any(j => j.UnitId == unitId && j.Role is SopRole.KepalaSeksi or SopRole.KepalaBidang);

    public static string Label(string jenis) => jenis switch
    {
        "isi" => "Isi dan ajukan",
        "teruskan" => "Periksa dan teruskan",
        "setujui" => "Setujui atau kembalikan",
        "verifikasi" => "Verifikasi",
        _ => jenis,
    };
}
