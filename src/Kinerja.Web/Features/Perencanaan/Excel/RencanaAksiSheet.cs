using Kinerja.Web.Features.Perencanaan.Pk;

namespace Kinerja.Web.Features.Perencanaan.Excel;

/// <summary>
/// The layout of a PK's Rencana Aksi workbook, shared by the download and the upload: a title row, the
/// header row, then one row per PK indicator as the Rencana Aksi grid shows it. Kode Indikator names
/// the row; Indikator, Satuan, Akumulasi and Target Tahunan are the PK's and only shown.
/// </summary>
public static class RencanaAksiSheet
{
    public const int HeaderRow = 2;

    public static readonly string[] Header =
        ["Kode Indikator", "Indikator", "Satuan", "Akumulasi", "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV",
         "Aksi", "Anggaran (Rp)", "Penanggung Jawab"];

    public static readonly string[] Quarters = ["Target TW I", "Target TW II", "Target TW III", "Target TW IV"];

    public static string Title(PkDto pk) => $"Rencana Aksi {pk.Tahun}: {pk.PihakPertama.Jabatan} — {pk.PerangkatDaerah}";

    public static string FileName(PkDto pk) =>
        $"rencana-aksi-{pk.Tahun}-pk{pk.Id}{(pk.Revisi > 0 ? $"-perubahan{pk.Revisi}" : "")}.xlsx";

    /// <summary>Which column a <see cref="SaveRencanaAksi"/> field ("Rows[3].TargetTw2") belongs to.</summary>
    public static string? Column(string? field)
    {
        var name = field?[(field.IndexOf('.') + 1)..];
        return name switch
        {
            null => null,
            "TargetTw1" => "Target TW I",
            "TargetTw2" => "Target TW II",
            "TargetTw3" => "Target TW III",
            "TargetTw4" => "Target TW IV",
            "Aksi" => "Aksi",
            "Anggaran" => "Anggaran (Rp)",
            "PenanggungJawab" => "Penanggung Jawab",
            "RowId" => "Kode Indikator",
            _ when Header.Contains(name) => name,
            _ => null,
        };
    }
}
