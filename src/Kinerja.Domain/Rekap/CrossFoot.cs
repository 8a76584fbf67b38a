using System.Globalization;
using Kinerja.Domain.Capaian;

namespace Kinerja.Domain.Rekap;

/// <summary>An indicator row as it will be printed: the quarters' realisasi and the period's.</summary>
/// <param name="Triwulan">TW I–IV realisasi as printed (null = empty cell).</param>
public sealed record PrintedIndikator(string Kode, string? PerangkatDaerah, string Satuan, RollUp RollUp, Periode Periode,
    IReadOnlyList<decimal?> Triwulan, decimal? Realisasi);

/// <summary>A budget line as it will be printed: pagu, the quarters' realisasi and the period's.</summary>
/// <param name="PaguFormulir">The pagu the collection forms were opened with, when it differs per form the first that differs.</param>
public sealed record PrintedAnggaran(string Kode, string? PerangkatDaerah, Periode Periode, long Pagu, IReadOnlyList<long?> Triwulan, long? Realisasi,
    long? PaguFormulir = null);

/// <summary>
/// The cross-footing checks run on a recap before anything is shown or exported (issue 10): the quarters
/// of a kumulatif indicator add up to the period; a nilai akhir or rata-rata indicator is never summed;
/// a percentage indicator is not set to be summed; budget quarters add up to the period and children to
/// their parent; a figure built on data that is not final, or on a returned form, is flagged. Pure
/// rules on the rows as printed, so they catch a wrong table whoever built it.
/// </summary>
public static class CrossFoot
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static IEnumerable<RekapCheck> Indikator(PrintedIndikator row)
    {
        var p = row.Periode;
        var filled = p.Covered.Where(q => row.Triwulan[q - 1] is not null).Select(q => row.Triwulan[q - 1]!.Value).ToList();
        var where = Where(row.Kode, row.PerangkatDaerah, p);

        if (row.RollUp == RollUp.Kumulatif && IsPercentage(row.Satuan))
            yield return new(CheckSeverity.Peringatan, CheckCodes.PersenKumulatif,
                $"{where}: indikator bersatuan persen ditetapkan kumulatif, sehingga persentase triwulan dijumlahkan. " +
                "Ubah akumulasinya menjadi nilai akhir atau rata-rata di Renstra.", row.Kode, p.Label, row.PerangkatDaerah);

        if (filled.Count == 0)
        {
            if (row.Realisasi is { } orphan)
                yield return new(CheckSeverity.Kesalahan, CheckCodes.JumlahTriwulan,
                    $"{where}: realisasi periode {N(orphan)} tercantum padahal tidak ada triwulan yang terisi.", row.Kode, p.Label, row.PerangkatDaerah);
            yield break;
        }

        var sum = filled.Sum();
        switch (row.RollUp)
        {
            case RollUp.Kumulatif when row.Realisasi != sum:
                yield return new(CheckSeverity.Kesalahan, CheckCodes.JumlahTriwulan,
                    $"{where}: jumlah realisasi triwulan ({N(sum)}) tidak sama dengan realisasi periode ({N(row.Realisasi)}).",
                    row.Kode, p.Label, row.PerangkatDaerah);
                break;
            case RollUp.NilaiAkhir when row.Realisasi != filled[^1]:
                yield return new(CheckSeverity.Kesalahan, CheckCodes.NilaiAkhirDijumlah,
                    filled.Count > 1 && row.Realisasi == sum
                        ? $"{where}: indikator nilai akhir dijumlahkan ({N(sum)}); realisasi periode adalah nilai triwulan terakhir yang terisi ({N(filled[^1])})."
                        : $"{where}: realisasi periode ({N(row.Realisasi)}) bukan nilai triwulan terakhir yang terisi ({N(filled[^1])}).",
                    row.Kode, p.Label, row.PerangkatDaerah);
                break;
            case RollUp.RataRata when row.Realisasi is not { } r || Math.Round(r, 10) != Math.Round(sum / filled.Count, 10):
                yield return new(CheckSeverity.Kesalahan, CheckCodes.RataRata,
                    filled.Count > 1 && row.Realisasi == sum
                        ? $"{where}: indikator rata-rata dijumlahkan ({N(sum)}); realisasi periode adalah rata-rata triwulan yang terisi ({N(sum / filled.Count)})."
                        : $"{where}: realisasi periode ({N(row.Realisasi)}) bukan rata-rata triwulan yang terisi ({N(sum / filled.Count)}).",
                    row.Kode, p.Label, row.PerangkatDaerah);
                break;
        }
    }

    public static IEnumerable<RekapCheck> Anggaran(PrintedAnggaran row)
    {
        var p = row.Periode;
        var where = Where(row.Kode, row.PerangkatDaerah, p);
        var filled = p.Covered.Where(q => row.Triwulan[q - 1] is not null).Select(q => row.Triwulan[q - 1]!.Value).ToList();
        long? sum = filled.Count == 0 ? null : filled.Sum();
        if (sum != row.Realisasi)
            yield return new(CheckSeverity.Kesalahan, CheckCodes.AnggaranTriwulan,
                $"{where}: jumlah realisasi anggaran triwulan ({Rp(sum)}) tidak sama dengan realisasi periode ({Rp(row.Realisasi)}); " +
                $"selisih {Rp(Math.Abs((sum ?? 0) - (row.Realisasi ?? 0)))}.", row.Kode, p.Label, row.PerangkatDaerah);
        if (row.Realisasi > row.Pagu)
            yield return new(CheckSeverity.Peringatan, CheckCodes.MelebihiPagu,
                $"{where}: realisasi anggaran ({Rp(row.Realisasi)}) melebihi pagu ({Rp(row.Pagu)}).", row.Kode, p.Label, row.PerangkatDaerah);
        if (row.PaguFormulir is { } copy && copy != row.Pagu)
            yield return new(CheckSeverity.Peringatan, CheckCodes.PaguBerubah,
                $"{where}: pagu di formulir pengumpulan ({Rp(copy)}) berbeda dari pagu di rencana ({Rp(row.Pagu)}); serapan dihitung terhadap pagu rencana.",
                row.Kode, p.Label, row.PerangkatDaerah);
    }

    /// <summary>A parent line (kegiatan, program) against the lines under it, quarter by quarter and for the period.</summary>
    public static IEnumerable<RekapCheck> AnggaranInduk(PrintedAnggaran parent, IReadOnlyList<PrintedAnggaran> children)
    {
        if (children.Count == 0) yield break;
        var p = parent.Periode;
        foreach (var q in p.Covered)
        {
            var values = children.Select(c => c.Triwulan[q - 1]).Where(v => v is not null).ToList();
            long? sum = values.Count == 0 ? null : values.Sum();
            if (sum != parent.Triwulan[q - 1])
                yield return new(CheckSeverity.Kesalahan, CheckCodes.AnggaranInduk,
                    $"{Where(parent.Kode, parent.PerangkatDaerah, Periode.Triwulan(q))}: realisasi anggaran ({Rp(parent.Triwulan[q - 1])}) " +
                    $"tidak sama dengan jumlah baris di bawahnya ({Rp(sum)}).", parent.Kode, Periode.Triwulan(q).Label, parent.PerangkatDaerah);
        }
    }

    /// <summary>Flags on the data behind an indicator's period figure: quarters returned, or counted while not locked.</summary>
    public static IEnumerable<RekapCheck> Status(string kode, string? opd, IndikatorPeriode figure, bool includeSubmitted)
    {
        foreach (var q in figure.Periode.Covered.Select(q => figure.Triwulan[q - 1]))
        {
            var where = Where(kode, opd, Periode.Triwulan(q.Triwulan));
            if (q.Status == DataStatus.Dikembalikan)
                yield return new(CheckSeverity.Peringatan, CheckCodes.Dikembalikan,
                    $"{where}: formulir dikembalikan ke unit untuk diperbaiki; triwulan ini belum dihitung.", kode, Periode.Triwulan(q.Triwulan).Label, opd);
            else if (q.Status == DataStatus.Diajukan && q.IsFilled)
                yield return new(CheckSeverity.Peringatan, CheckCodes.BelumFinal,
                    $"{where}: angka dari formulir yang diajukan tetapi belum dikunci (belum final).", kode, Periode.Triwulan(q.Triwulan).Label, opd);
            else if (q.Status == DataStatus.Diajukan && !includeSubmitted)
                yield return new(CheckSeverity.Peringatan, CheckCodes.BelumDikunci,
                    $"{where}: formulir sudah diajukan tetapi belum dikunci; triwulan ini belum dihitung dalam rekap data terkunci.",
                    kode, Periode.Triwulan(q.Triwulan).Label, opd);
        }
    }

    /// <summary>The Pemda-wide round's figure of an OPD's indicator against the OPD's own rounds, quarter by quarter.</summary>
    public static IEnumerable<RekapCheck> PemdaAgainstOpd(string kode, string opd, IReadOnlyList<TriwulanFigure> pemda, IReadOnlyList<TriwulanFigure> own)
    {
        for (var q = 1; q <= 4; q++)
        {
            if (pemda[q - 1].Realisasi is not { } p || own[q - 1].Realisasi is not { } o || p == o) continue;
            yield return new(CheckSeverity.Peringatan, CheckCodes.PemdaBerbeda,
                $"{Where(kode, opd, Periode.Triwulan(q))}: realisasi di pengumpulan tingkat Pemda ({N(p)}) berbeda dari rekap perangkat daerah ({N(o)}).",
                kode, Periode.Triwulan(q).Label, opd);
        }
    }

    /// <summary>"%", "persen", "persentase" (any case, spaces ignored).</summary>
    public static bool IsPercentage(string satuan)
    {
        var s = satuan.Trim().ToLowerInvariant();
        return s is "%" or "persen" or "persentase" or "(%)" or "% (persen)";
    }

    private static string Where(string kode, string? opd, Periode p) => opd is null ? $"{kode}, {p.Label}" : $"{kode} ({opd}), {p.Label}";

    private static string N(decimal? v) => v is { } d ? (d / 1.0000000000000000000000000000m).ToString("#,0.##########", Id) : "kosong";

    private static string Rp(long? v) => v is { } d ? "Rp " + d.ToString("#,0", Id) : "kosong";
}
