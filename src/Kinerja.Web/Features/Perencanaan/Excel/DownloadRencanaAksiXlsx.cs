using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Features.Perencanaan.Pk;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Perencanaan.Excel;

/// <summary>A PK's Rencana Aksi as a workbook to plan offline and upload back, with a sheet of instructions.</summary>
public static class DownloadRencanaAksiXlsx
{
    public static async Task<RenstraWorkbook> Handle(int pkId, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var pk = await GetPk.Handle(pkId, db, scope, clock, ct);
        List<IReadOnlyList<object?>> rows = [[RencanaAksiSheet.Title(pk)], RencanaAksiSheet.Header];
        foreach (var r in pk.Indikator)
        {
            var ra = r.RencanaAksi;
            rows.Add([
                r.Kode, r.Nama, r.Satuan, RenstraSheet.Label(RenstraSheet.RollUps, r.RollUp), r.Target,
                ra.TargetTw1, ra.TargetTw2, ra.TargetTw3, ra.TargetTw4, ra.Aksi, (decimal?)ra.Anggaran, ra.PenanggungJawab,
            ]);
        }
        var sheet = new SheetSpec("Rencana Aksi", rows)
        {
            BoldRows = RencanaAksiSheet.HeaderRow, FrozenRows = RencanaAksiSheet.HeaderRow, WrapColumns = new HashSet<int> { 1, 9 },
            Widths = [15, 48, 10, 12, 14, 12, 12, 12, 12, 48, 16, 28],
        };
        var help = new SheetSpec("Petunjuk", [["Petunjuk pengisian"], .. Instructions.Select(l => (IReadOnlyList<object?>)[l])])
        {
            Widths = [120], WrapColumns = new HashSet<int> { 0 },
        };
        return new RenstraWorkbook(Xlsx.Write(sheet, help), RencanaAksiSheet.FileName(pk));
    }

    public static readonly string[] Instructions =
    [
        "Satu baris untuk satu indikator PK. Jangan mengubah, menyisipkan atau memindahkan kolom maupun baris 1–2 (judul dan nama kolom).",
        "Kode Indikator menunjuk baris PK; indikator yang bukan indikator PK ini ditolak. Indikator PK yang tidak ada di berkas tidak diubah.",
        "Indikator, Satuan, Akumulasi dan Target Tahunan berasal dari PK dan tidak diubah dari berkas ini; Target Tahunan yang berbeda ditolak (ubah di halaman PK).",
        "Target TW I–IV diisi sebagai angka (bukan teks, bukan rumus), dengan paling banyak sejumlah desimal indikator. Anggaran dalam rupiah bulat.",
        "Kumulatif: jumlah TW I–IV sama dengan target tahunan. Nilai akhir: TW IV sama dengan target tahunan. Rata-rata: rata-ratanya sama. Selisih ditampilkan sebagai peringatan dan hanya disimpan bila Anda mengonfirmasinya.",
        "Bila satu baris saja salah, tidak ada yang disimpan; setiap baris yang salah ditampilkan dengan kolom dan alasannya.",
    ];
}
