using System.Globalization;

namespace Kinerja.Web.Features.Pengumpulan.Excel;

/// <summary>
/// The layout of a form's workbook, shared by the download and the upload: on both data sheets a
/// header block (rows 1–6: title, OPD, unit, period, deadline, form number), the column titles on
/// row 8 and one row per form row from row 9. Columns A–B (row id and version) are hidden and
/// locked; only the cells the unit fills are open on the protected sheets.
/// </summary>
public static class FormatSheet
{
    public const string Title = "FORMAT DATA KINERJA";
    public const string IndikatorSheet = "Indikator", AnggaranSheet = "Anggaran", HelpSheet = "Petunjuk";
    public const int HeaderRow = 8, FormatNumberRow = 6;
    public const int MaxRows = 2000;

    public static readonly string[] BlockLabels = ["Perangkat Daerah", "Unit Kerja", "Periode", "Batas Waktu", "Nomor Formulir"];

    public static readonly string[] IndikatorColumns =
        ["ID", "Versi", "Kode", "Indikator", "Satuan", "Target", "Realisasi", "Faktor Pendukung", "Faktor Penghambat", "Tindak Lanjut", "Penjelasan"];

    public static readonly string[] AnggaranColumns = ["ID", "Versi", "Kode", "Sub-kegiatan", "Pagu (Rp)", "Realisasi Anggaran (Rp)"];

    /// <summary>Columns the unit fills (0-based), from "Realisasi" on; everything else is read-only.</summary>
    public static readonly HashSet<int> IndikatorEditable = [6, 7, 8, 9, 10];
    public static readonly HashSet<int> AnggaranEditable = [5];

    public static string Periode(FormatDataKinerja form) =>
        $"{Domain.Capaian.Periode.Triwulan(form.PengumpulanData.Triwulan)} {form.PengumpulanData.Tahun}";

    public static string Deadline(DateTime local) =>
        local.ToString("d MMMM yyyy HH.mm", CultureInfo.GetCultureInfo("id-ID"));

    /// <summary>"Kolom G (Realisasi)": how an error names a column, by letter and title.</summary>
    public static string Column(string[] columns, string title) =>
        $"kolom {Documents.Xlsx.ColumnName(Array.IndexOf(columns, title))} ({title})";
}
