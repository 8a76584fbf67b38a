using Kinerja.Domain.Rekap;
using Kinerja.Web.Documents;

namespace Kinerja.Web.Features.Rekap;

/// <summary>
/// The recap as a workbook: the capaian per sasaran (Bab III's table), the quarters behind each indicator
/// (the core of form E.81), the budget with serapan, and the checks. Every figure is the recap's own, rounded
/// as the page shows it, written as a real number so officials can keep working with it in Excel.
/// </summary>
public static class RekapXlsx
{
    private const int TitleRows = 3; // title, what it covers, the header

    public static byte[] Write(Rekap r) => Xlsx.Write(Capaian(r), Triwulan(r), Anggaran(r), Pemeriksaan(r));

    public static string FileName(Rekap r) =>
        $"rekap-{r.PeriodeKode.ToLowerInvariant()}-{r.Tahun}-{RekapLinks.TingkatCode(r.Tingkat)}-{r.PerangkatDaerahId ?? r.UnitKerjaId ?? r.PemdaId}.xlsx";

    private static List<IReadOnlyList<object?>> Head(Rekap r, string title, params string[] header) =>
    [
        [$"{title} — {r.Cakupan}"],
        [$"{r.Periode} {r.Tahun} · {r.Sumber} · " + (r.TermasukDiajukan ? "TERMASUK DATA DIAJUKAN — BELUM FINAL" : "Hanya data yang sudah dikunci (final)")],
        header,
    ];

    private static object? Pct(Persen p, int decimals) => p.Nilai is { } v ? RekapFormat.Rounded(v, decimals) : p.Tampil;

    private static object? Num(decimal? v, int decimals) => v is { } x ? RekapFormat.Rounded(x, decimals) : null;

    private static SheetSpec Capaian(Rekap r)
    {
        var rows = Head(r, "Rekap capaian kinerja", "No", "Perangkat Daerah", "Sasaran", "Kode", "Indikator Kinerja", "Satuan", "Target",
            "Realisasi", "Capaian (%)", "Predikat", "Aturan periode", "Status data");
        var no = 0;
        foreach (var opd in r.PerangkatDaerah)
            foreach (var sasaran in opd.Tujuan.SelectMany(t => t.Sasaran))
            {
                rows.Add([null, opd.Nama, $"{sasaran.Kode} {sasaran.Uraian}", null, "Capaian sasaran (rata-rata indikator)", null, null, null,
                    Pct(sasaran.Capaian, r.DesimalCapaian), sasaran.Predikat?.Label]);
                foreach (var i in sasaran.Indikator)
                    rows.Add([++no, opd.Nama, sasaran.Kode, i.Kode, i.Nama, i.Satuan, Target(i.Target, i.TargetAtas, i.Desimal), Num(i.Realisasi, i.Desimal),
                        Pct(i.Capaian, r.DesimalCapaian), i.Predikat?.Label, i.AturanRollUp, i.Status.Label()]);
            }
        rows.Add([null, null, null, null, "Rata-rata capaian", null, null, null, Pct(r.RataRataCapaian, r.DesimalCapaian), r.Predikat?.Label]);
        rows.Add([]);
        rows.Add(["Skala predikat: " + string.Join("; ", r.SkalaPredikat.Select(b => $"{b.Label} {RekapFormat.Band(b)}"))]);
        return new SheetSpec("Capaian", rows)
        {
            BoldRows = TitleRows, FrozenRows = TitleRows, WrapColumns = new HashSet<int> { 2, 4 },
            Widths = [5, 24, 30, 10, 44, 12, 14, 14, 12, 16, 30, 22],
        };
    }

    /// <summary>A single target stays a number; a band is written as text, as the page shows it.</summary>
    private static object? Target(decimal? lower, decimal? upper, int decimals) =>
        upper is { } u && lower is { } l && u > l ? RekapFormat.Target(l, u, decimals) : Num(lower, decimals);

    private static SheetSpec Triwulan(Rekap r)
    {
        string[] header = ["Kode", "Indikator Kinerja", "Satuan", "Target Renstra (akhir)", "Target tahun",
            .. Enumerable.Range(1, 4).SelectMany(q => new[] { $"Target TW {Roman(q)}", $"Realisasi TW {Roman(q)}" }),
            "Realisasi periode", "Capaian (%)", "Perangkat Daerah"];
        var rows = Head(r, "Target dan realisasi per triwulan", header);
        foreach (var opd in r.PerangkatDaerah)
            foreach (var i in opd.Tujuan.SelectMany(t => t.Sasaran).SelectMany(s => s.Indikator))
            {
                var row = new List<object?> { i.Kode, i.Nama, i.Satuan, Num(i.TargetAkhir, i.Desimal), Target(i.TargetTahunan, i.TargetTahunanAtas, i.Desimal) };
                for (var q = 1; q <= 4; q++)
                {
                    var tw = i.Triwulan.FirstOrDefault(t => t.Triwulan == q);
                    row.Add(tw is null ? null : Target(tw.Target, tw.TargetAtas, i.Desimal));
                    row.Add(tw is null ? null : Num(tw.Realisasi, i.Desimal));
                }
                row.AddRange([Num(i.Realisasi, i.Desimal), Pct(i.Capaian, r.DesimalCapaian), opd.Nama]);
                rows.Add(row);
            }
        return new SheetSpec("Per triwulan", rows)
        {
            BoldRows = TitleRows, FrozenRows = TitleRows, WrapColumns = new HashSet<int> { 1 },
            Widths = [10, 44, 12, 14, 14, 12, 12, 12, 12, 12, 12, 12, 12, 14, 12, 24],
        };
    }

    private static SheetSpec Anggaran(Rekap r)
    {
        var rows = Head(r, "Realisasi anggaran", "Perangkat Daerah", "Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)",
            "Serapan (%)", "Status data");
        foreach (var opd in r.PerangkatDaerah)
        {
            foreach (var a in opd.Anggaran)
                rows.Add([opd.Nama, a.Kode, Indent(a) + a.Nama, (decimal)a.Pagu, (decimal?)a.Realisasi, Pct(a.Serapan, r.DesimalCapaian), a.Status.Label()]);
            rows.Add([opd.Nama, null, "Jumlah", (decimal)opd.Keuangan.Pagu, (decimal?)opd.Keuangan.Realisasi, Pct(opd.Keuangan.Serapan, r.DesimalCapaian),
                opd.EfisiensiLabel is { } e ? "Efisiensi: " + e : null]);
        }
        return new SheetSpec("Anggaran", rows)
        {
            BoldRows = TitleRows, FrozenRows = TitleRows, WrapColumns = new HashSet<int> { 2 }, Widths = [24, 16, 50, 18, 18, 12, 22],
        };
    }

    private static string Indent(RekapAnggaran a) => new(' ', ((int)a.Level - 1) * 4);

    private static SheetSpec Pemeriksaan(Rekap r)
    {
        var rows = Head(r, "Pemeriksaan rekap", "Tingkat", "Kode", "Temuan");
        foreach (var c in r.Pemeriksaan) rows.Add([c.Severity.ToString(), c.Kode, c.Pesan]);
        if (r.Pemeriksaan.Count == 0) rows.Add([null, null, "Tidak ada temuan."]);
        return new SheetSpec("Pemeriksaan", rows) { BoldRows = TitleRows, FrozenRows = TitleRows, WrapColumns = new HashSet<int> { 2 }, Widths = [12, 24, 90] };
    }

    private static string Roman(int q) => q switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
