using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Pengumpulan;

/// <summary>One unit's locked row of an indicator in the OPD's own round, as the recap reads it.</summary>
public record RekapSource(string UnitPath, decimal? Realisasi, string? FaktorPendukung, string? FaktorPenghambat, string? TindakLanjut, string? Penjelasan);

/// <summary>What the Pemda form row receives from the OPD's locked round.</summary>
public record RekapValue(decimal? Realisasi, string? FaktorPendukung, string? FaktorPenghambat, string? TindakLanjut, string? Penjelasan);

/// <summary>
/// The Pemda-wide round ("OPD dan instansi terkait" in the SOPs): the planning agency collects each
/// OPD's verified quarter. Who may open it, and how an OPD's locked rows become one recap row.
/// </summary>
public static class PengumpulanPemda
{
    /// <summary>
    /// The leaders and the planning section of the planning agency (an OPD that reads across the Pemda)
    /// open the round; a Kepala Bidang reads across too but runs no round.
    /// </summary>
    public static bool Opens(SopRole role) => role is SopRole.Kepala or SopRole.Sekretaris or SopRole.KasubagPerencanaan;

    /// <summary>
    /// One indicator's recap from the OPD round's rows. Usually one unit answers for an indicator; when
    /// several do, the first (by unit path, i.e. the highest in the tree) that has a realisasi gives the
    /// number, since the Pemda row is one figure and summing would be wrong for every non-cumulative
    /// indicator; narratives of every unit are kept, one paragraph each, so nothing verified is lost.
    /// </summary>
    public static RekapValue Merge(IEnumerable<RekapSource> rows)
    {
        var list = rows.OrderBy(r => r.UnitPath, StringComparer.Ordinal).ToList();
        static string? Join(IEnumerable<string?> texts)
        {
            var kept = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct().ToList();
            return kept.Count == 0 ? null : string.Join("\n\n", kept);
        }
        return new RekapValue(
            list.Select(r => r.Realisasi).FirstOrDefault(v => v is not null),
            Join(list.Select(r => r.FaktorPendukung)), Join(list.Select(r => r.FaktorPenghambat)),
            Join(list.Select(r => r.TindakLanjut)), Join(list.Select(r => r.Penjelasan)));
    }
}
