using System.Globalization;

namespace Kinerja.Web.Features.Rekap;

/// <summary>Where the recap links to: its own XLSX and print view, and the form rows behind its figures (one place for the routes).</summary>
public static class RekapLinks
{
    public static string Query(Rekap r, int? sasaranId = null)
    {
        var q = $"tahun={r.Tahun}&periode={r.PeriodeKode}&tingkat={TingkatCode(r.Tingkat)}";
        q += r.Tingkat switch
        {
            RekapTingkat.Unit => $"&unitKerjaId={r.UnitKerjaId}",
            RekapTingkat.PerangkatDaerah => $"&perangkatDaerahId={r.PerangkatDaerahId}",
            _ => $"&pemdaId={r.PemdaId}" + (r.PerangkatDaerahId is int o ? $"&perangkatDaerahId={o}" : ""),
        };
        if (sasaranId is int s) q += "&sasaranId=" + s.ToString(CultureInfo.InvariantCulture);
        if (r.HanyaIku && r.Tingkat != RekapTingkat.Pemda) q += "&iku=true";
        if (r.TermasukDiajukan) q += "&diajukan=true";
        return q;
    }

    public static string TingkatCode(RekapTingkat t) => t switch { RekapTingkat.Unit => "unit", RekapTingkat.Pemda => "pemda", _ => "opd" };

    public static string Xlsx(string query) => "/api/v1/rekap/xlsx?" + query;

    public static string Cetak(string query) => "/Rekap/Cetak?" + query;

    /// <summary>The form a figure comes from: the row's cell history in that form.</summary>
    public static string Sumber(RekapSumber s) =>
        s.BarisId > 0 ? $"/Pengumpulan/Format/{s.FormId}/Riwayat?baris=indikator:{s.BarisId}" : $"/Pengumpulan/Format/{s.FormId}";

    public static string SumberAnggaran(RekapSumber s) => $"/Pengumpulan/Format/{s.FormId}/Riwayat?baris=anggaran:{s.BarisId}";
}
