namespace Kinerja.Domain.Sop;

/// <summary>What kind of day off a Pemda's holiday is; only cuti bersama is told apart in timing reports.</summary>
public enum JenisLibur
{
    LiburNasional = 1,
    CutiBersama = 2,
    LiburDaerah = 3,
}

/// <summary>One stored row of a Pemda's office hours: a weekday and one stretch of office time.</summary>
public sealed record JamKerjaHari(DayOfWeek Hari, TimeOnly Mulai, TimeOnly Selesai);

/// <summary>One stored row of a Pemda's holidays.</summary>
public sealed record HariLiburHari(DateOnly Tanggal, string Nama, JenisLibur Jenis);

/// <summary>
/// Builds a <see cref="KalenderKerja"/> from a Pemda's stored rows (the web layer reads them, the
/// construction stays here and pure). A weekday without a row has no office hours, so it is a day off.
/// </summary>
public static class KalenderRows
{
    public static KalenderKerja Build(IEnumerable<JamKerjaHari> jamKerja, IEnumerable<HariLiburHari> hariLibur)
    {
        var perDay = jamKerja.GroupBy(j => j.Hari)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RentangJam>)g.Select(j => new RentangJam(j.Mulai, j.Selesai)).ToList());
        return new KalenderKerja(new JamKerja(perDay),
            hariLibur.Select(h => new HariLibur(h.Tanggal, h.Nama, h.Jenis == JenisLibur.CutiBersama)));
    }

    /// <summary>The shipped default as rows: <see cref="JamKerja.Default"/> and the 2026 national holidays and cuti bersama.</summary>
    public static IReadOnlyList<JamKerjaHari> DefaultJamKerja { get; } =
        Enum.GetValues<DayOfWeek>().SelectMany(d => JamKerja.Default.On(d).Select(r => new JamKerjaHari(d, r.Mulai, r.Selesai))).ToList();

    public static IReadOnlyList<HariLiburHari> DefaultHariLibur { get; } =
        HariLiburNasional.Tahun2026.Select(h => new HariLiburHari(h.Tanggal, h.Keterangan, h.CutiBersama ? JenisLibur.CutiBersama : JenisLibur.LiburNasional)).ToList();

    /// <summary>The years the shipped default covers; any other year the Pemda must fill in itself.</summary>
    public static IReadOnlyCollection<int> DefaultYears { get; } = [2026];
}
