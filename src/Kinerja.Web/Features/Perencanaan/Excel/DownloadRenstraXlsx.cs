using Kinerja.Domain.Capaian;
using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Excel;

public record RenstraWorkbook(byte[] Content, string FileName);

/// <summary>
/// The Renstra's indicators as a workbook planners can edit offline and upload back: one row per
/// indicator (a sasaran without indicators gets a row with only its codes), a sheet of instructions.
/// </summary>
public static class DownloadRenstraXlsx
{
    public static async Task<RenstraWorkbook> Handle(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        await PlanAccess.RenstraAsync(id, db, scope, write: false, ct);
        var renstra = await db.Renstra.AsNoTracking().AsSplitQuery().Include(r => r.PerangkatDaerah)
            .Include(r => r.Tujuan).ThenInclude(t => t.Sasaran).ThenInclude(s => s.Indikator).ThenInclude(i => i.Targets)
            .SingleAsync(r => r.Id == id, ct);
        var years = RenstraSheet.Years(renstra).ToList();
        var header = RenstraSheet.Header(renstra);

        List<IReadOnlyList<object?>> rows = [[RenstraSheet.Title(renstra)], header];
        foreach (var t in renstra.Tujuan.OrderBy(t => t.Kode, StringComparer.Ordinal))
        foreach (var s in t.Sasaran.OrderBy(s => s.Kode, StringComparer.Ordinal))
        {
            if (s.Indikator.Count == 0) rows.Add([t.Kode, s.Kode, s.Uraian]);
            foreach (var i in s.Indikator.OrderBy(i => i.Kode, StringComparer.Ordinal))
                rows.Add([
                    t.Kode, s.Kode, s.Uraian, i.Kode, i.Nama, i.Satuan,
                    RenstraSheet.Label(RenstraSheet.Polarities, i.Polarity),
                    i.NegativeFormula is { } f ? RenstraSheet.Label(RenstraSheet.Formulas, f) : null,
                    RenstraSheet.Label(RenstraSheet.RollUps, i.RollUp),
                    i.Decimals, i.IsIku ? "Ya" : "Tidak", i.KondisiAwal,
                    .. years.Select(y => Target(i, y)), i.TargetAkhir,
                ]);
        }

        var last = rows.Count + 500; // room for new indicators, with the same drop-down choices
        string Range(string column) { var c = Xlsx.ColumnName(Array.IndexOf(header, column)); return $"{c}3:{c}{last}"; }
        var sheet = new SheetSpec("Indikator", rows)
        {
            BoldRows = RenstraSheet.HeaderRow, FrozenRows = RenstraSheet.HeaderRow, WrapColumns = new HashSet<int> { 2, 4 },
            Widths = [12, 13, 40, 15, 48, 10, 11, 15, 12, 9, 7, 13, .. years.Select(_ => 13d), 13],
            Lists =
            [
                (Range("Polaritas"), RenstraSheet.Polarities.Select(p => p.Label).ToArray()),
                (Range("Rumus Negatif"), RenstraSheet.Formulas.Select(p => p.Label).ToArray()),
                (Range("Akumulasi"), RenstraSheet.RollUps.Select(p => p.Label).ToArray()),
                (Range("IKU"), ["Ya", "Tidak"]),
            ],
        };
        var help = new SheetSpec("Petunjuk", [["Petunjuk pengisian"], .. Instructions.Select(l => (IReadOnlyList<object?>)[l])])
        {
            Widths = [120], WrapColumns = new HashSet<int> { 0 },
        };
        var name = $"renstra-{renstra.PerangkatDaerah.Kode.ToLowerInvariant()}-{renstra.TahunAwal}-{renstra.TahunAkhir}.xlsx";
        return new RenstraWorkbook(Xlsx.Write(sheet, help), name);
    }

    private static object? Target(Indikator i, int year) => i.Targets.FirstOrDefault(t => t.Tahun == year) switch
    {
        null => null,
        { NilaiAtas: decimal upper } t when i.Polarity == Polarity.Range => RenstraSheet.RangeText(t.Nilai, upper),
        var t => t.Nilai,
    };

    public static readonly string[] Instructions =
    [
        "Satu baris untuk satu indikator. Jangan mengubah, menyisipkan atau memindahkan kolom maupun baris 1–2 (judul dan nama kolom).",
        "Kode Tujuan dan Kode Sasaran harus sudah ada di Renstra ini; tujuan dan sasaran baru ditambahkan di aplikasi. Kolom Sasaran hanya keterangan: perubahannya tidak disimpan.",
        "Kode Indikator yang sudah ada memperbarui indikator itu; kode baru menambah indikator pada sasaran di baris tersebut. Indikator yang tidak ada di berkas tidak diubah dan tidak dihapus. Satu kode hanya boleh muncul sekali.",
        "Polaritas: Positif, Negatif atau Rentang. Rumus Negatif (wajib untuk Negatif): Selisih atau Rasio Terbalik. Akumulasi: Kumulatif, Nilai Akhir atau Rata-rata. IKU: Ya atau Tidak.",
        "Angka diisi sebagai angka, bukan teks dan bukan rumus, dengan paling banyak sejumlah Desimal angka di belakang koma. Satuan % berarti 0 sampai 100.",
        "Target indikator Rentang ditulis sebagai teks batas bawah – batas atas, mis. 80 – 95 atau 2,5 – 4 (koma sebagai desimal, tanpa pemisah ribuan).",
        "Sel target yang dikosongkan berarti tidak ada target tahun itu: target yang sudah ada untuk tahun itu dihapus.",
        "Definisi operasional, formula, sumber data, unit penanggung jawab dan batas capaian tidak ada di berkas ini dan tetap seperti di aplikasi.",
        "Bila satu baris saja salah, tidak ada yang disimpan; setiap baris yang salah ditampilkan dengan kolom dan alasannya.",
    ];
}
