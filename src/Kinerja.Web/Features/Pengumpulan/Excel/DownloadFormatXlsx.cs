using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Excel;

public record FormatWorkbook(byte[] Content, string FileName);

/// <summary>
/// A unit's data form as a workbook to fill offline: the header block planners know from the paper
/// Format Data Kinerja, the indicator rows (target read-only) and the sub-kegiatan rows (pagu
/// read-only), pre-filled with what is saved now, plus a sheet of instructions.
/// </summary>
public static class DownloadFormatXlsx
{
    public static async Task<FormatWorkbook> Handle(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var form = await FormatAccess.LoadAsync(id, db, scope, ct, tracked: false);
        return new FormatWorkbook(Build(form, clock), FileName(form));
    }

    public static byte[] Build(FormatDataKinerja form, Clock clock)
    {
        var round = form.PengumpulanData;
        List<IReadOnlyList<object?>> Block() =>
        [
            // Columns A–B are the hidden ids, so the block starts at column C.
            [null, null, FormatSheet.Title],
            [null, null, FormatSheet.BlockLabels[0], round.PerangkatDaerah?.Nama ?? "Pemerintah Daerah"],
            [null, null, FormatSheet.BlockLabels[1], GetFormat.UnitName(form)],
            [null, null, FormatSheet.BlockLabels[2], FormatSheet.Periode(form)],
            [null, null, FormatSheet.BlockLabels[3], FormatSheet.Deadline(clock.ToLocal(round.BatasWaktuUtc))],
            [null, null, FormatSheet.BlockLabels[4], form.Id],
            [],
        ];

        var indikator = Block();
        indikator.Add(FormatSheet.IndikatorColumns);
        foreach (var r in form.Indikator.OrderBy(r => r.Indikator.Kode, StringComparer.Ordinal))
            indikator.Add([r.Id, r.Version, r.Indikator.Kode, r.Indikator.Nama, r.Indikator.Satuan, Target(r), r.Realisasi,
                r.FaktorPendukung, r.FaktorPenghambat, r.TindakLanjut, r.Penjelasan]);
        var anggaran = Block();
        anggaran.Add(FormatSheet.AnggaranColumns);
        foreach (var a in form.Anggaran.OrderBy(a => a.ProgramKegiatan.Kode, StringComparer.Ordinal))
            anggaran.Add([a.Id, a.Version, a.ProgramKegiatan.Kode, a.ProgramKegiatan.Nama, (decimal)a.Pagu, a.Realisasi is long v ? (decimal)v : null]);

        var hidden = new HashSet<int> { 0, 1 };
        var sheets = new[]
        {
            new SheetSpec(FormatSheet.IndikatorSheet, indikator)
            {
                BoldRows = FormatSheet.HeaderRow, FrozenRows = FormatSheet.HeaderRow, HiddenColumns = hidden, WrapColumns = new HashSet<int> { 3, 7, 8, 9, 10 },
                Widths = [6, 6, 12, 44, 11, 11, 12, 32, 32, 32, 32],
                EditableColumns = FormatSheet.IndikatorEditable, EditableFromRow = FormatSheet.HeaderRow + 1,
            },
            new SheetSpec(FormatSheet.AnggaranSheet, anggaran)
            {
                BoldRows = FormatSheet.HeaderRow, FrozenRows = FormatSheet.HeaderRow, HiddenColumns = hidden, WrapColumns = new HashSet<int> { 3 },
                Widths = [6, 6, 20, 60, 18, 22],
                EditableColumns = FormatSheet.AnggaranEditable, EditableFromRow = FormatSheet.HeaderRow + 1,
            },
            new SheetSpec(FormatSheet.HelpSheet, [["Petunjuk pengisian"], .. Instructions.Select(l => (IReadOnlyList<object?>)[l])])
            {
                Widths = [120], WrapColumns = new HashSet<int> { 0 },
            },
        };
        return Xlsx.Write(sheets);
    }

    /// <summary>A band target as "80 – 95", a single one as a number.</summary>
    private static object? Target(FormatIndikator r) => r.Target switch
    {
        null => null,
        decimal t when r.TargetAtas is decimal u && u > t => $"{Xlsx.NumberText(t).Replace('.', ',')} – {Xlsx.NumberText(u).Replace('.', ',')}",
        decimal t => t,
    };

    public static string FileName(FormatDataKinerja form)
    {
        var round = form.PengumpulanData;
        var unit = form.UnitKerja?.Kode ?? form.SumberOpd?.Kode ?? "pemda";
        return $"format-data-kinerja-{unit.ToLowerInvariant()}-{round.Tahun}-tw{round.Triwulan}-{form.Id}.xlsx";
    }

    public static readonly string[] Instructions =
    [
        "Berkas ini untuk satu formulir (lihat Nomor Formulir di sel D6). Unggah kembali hanya ke formulir yang sama.",
        "Jangan mengubah, menyisipkan, menghapus atau memindahkan kolom maupun baris judul (baris 1–8). Kolom ID dan Versi disembunyikan; jangan diubah.",
        "Isi hanya kolom Realisasi, Faktor Pendukung, Faktor Penghambat, Tindak Lanjut dan Penjelasan (lembar Indikator) serta Realisasi Anggaran (lembar Anggaran). Kode, nama, satuan, target dan pagu hanya keterangan: perubahannya tidak disimpan.",
        "Angka diisi sebagai angka (bukan teks, bukan rumus), dengan desimal paling banyak sebanyak presisi indikatornya. Realisasi anggaran dalam rupiah tanpa desimal.",
        "Sel yang dikosongkan berarti nilainya dihapus. Baris yang dihapus dari berkas tidak diubah.",
        "Bila ada yang mengubah baris di aplikasi setelah berkas ini diunduh, unggahan ditolak untuk mencegah penimpaan; unduh ulang lalu isi kembali.",
        "Bila satu baris saja salah, tidak ada yang disimpan; setiap baris yang salah ditampilkan dengan kolom dan alasannya.",
    ];
}
