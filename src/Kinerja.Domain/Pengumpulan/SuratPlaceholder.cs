namespace Kinerja.Domain.Pengumpulan;

/// <summary>The placeholders a letter template may use (<c>{{nama}}</c>), each with what it is filled with.</summary>
public static class SuratPlaceholder
{
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>
    {
        ["nomor"] = "Nomor surat (diberikan saat ditandatangani)",
        ["tanggal"] = "Tanggal surat (hari penandatanganan)",
        ["perihal"] = "Perihal",
        ["isi"] = "Isi surat yang ditulis penyusun",
        ["periode"] = "Periode pengumpulan, mis. Triwulan I 2027",
        ["batas_waktu"] = "Batas waktu pengisian",
        ["daftar_unit"] = "Daftar unit kerja penerima (satu per baris)",
        ["nama_kepala"] = "Nama Kepala perangkat daerah (penanda tangan)",
        ["nip_kepala"] = "NIP Kepala",
        ["jabatan_kepala"] = "Jabatan penanda tangan",
        ["nama_opd"] = "Nama perangkat daerah",
        ["nama_pemda"] = "Nama pemerintah daerah",
        ["tempat"] = "Tempat penetapan (ibu kota kabupaten/kota)",
        ["tahun"] = "Tahun periode",
    };

    /// <summary>The names that a template uses but nothing fills, in order of appearance.</summary>
    public static List<string> Unknown(IEnumerable<string> used) => used.Where(u => !Known.ContainsKey(u)).Distinct().ToList();
}
