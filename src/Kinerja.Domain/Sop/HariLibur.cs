namespace Kinerja.Domain.Sop;

/// <summary>A day the offices are closed: a national holiday, a cuti bersama, or a local one.</summary>
public sealed record HariLibur(DateOnly Tanggal, string Keterangan, bool CutiBersama = false);

/// <summary>Default holiday data, so a new Pemda starts with a usable calendar.</summary>
public static class HariLiburNasional
{
    /// <summary>
    /// The 17 hari libur nasional and 8 hari cuti bersama of 2026, per the SKB 3 Menteri (Menteri
    /// Agama, Menteri Ketenagakerjaan, Menteri PANRB) announced on 19 September 2025.
    /// The Pemda MUST verify this list against the signed SKB for the year (it is revised when
    /// the dates of religious holidays are set) and add its own local holidays.
    /// </summary>
    public static IReadOnlyList<HariLibur> Tahun2026 { get; } =
    [
        new(new(2026, 1, 1), "Tahun Baru 2026 Masehi"),
        new(new(2026, 1, 16), "Isra Mikraj Nabi Muhammad SAW"),
        new(new(2026, 2, 16), "Cuti bersama Tahun Baru Imlek", CutiBersama: true),
        new(new(2026, 2, 17), "Tahun Baru Imlek 2577 Kongzili"),
        new(new(2026, 3, 18), "Cuti bersama Hari Suci Nyepi", CutiBersama: true),
        new(new(2026, 3, 19), "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
        new(new(2026, 3, 20), "Cuti bersama Idulfitri 1447 Hijriah", CutiBersama: true),
        new(new(2026, 3, 21), "Idulfitri 1447 Hijriah"),
        new(new(2026, 3, 22), "Idulfitri 1447 Hijriah"),
        new(new(2026, 3, 23), "Cuti bersama Idulfitri 1447 Hijriah", CutiBersama: true),
        new(new(2026, 3, 24), "Cuti bersama Idulfitri 1447 Hijriah", CutiBersama: true),
        new(new(2026, 4, 3), "Wafat Yesus Kristus"),
        new(new(2026, 4, 5), "Kebangkitan Yesus Kristus (Paskah)"),
        new(new(2026, 5, 1), "Hari Buruh Internasional"),
        new(new(2026, 5, 14), "Kenaikan Yesus Kristus"),
        new(new(2026, 5, 15), "Cuti bersama Kenaikan Yesus Kristus", CutiBersama: true),
        new(new(2026, 5, 27), "Iduladha 1447 Hijriah"),
        new(new(2026, 5, 28), "Cuti bersama Iduladha 1447 Hijriah", CutiBersama: true),
        new(new(2026, 5, 31), "Hari Raya Waisak 2570 BE"),
        new(new(2026, 6, 1), "Hari Lahir Pancasila"),
        new(new(2026, 6, 16), "1 Muharam Tahun Baru Islam 1448 Hijriah"),
        new(new(2026, 8, 17), "Proklamasi Kemerdekaan"),
        new(new(2026, 8, 25), "Maulid Nabi Muhammad SAW"),
        new(new(2026, 12, 24), "Cuti bersama Kelahiran Yesus Kristus", CutiBersama: true),
        new(new(2026, 12, 25), "Kelahiran Yesus Kristus"),
    ];
}
