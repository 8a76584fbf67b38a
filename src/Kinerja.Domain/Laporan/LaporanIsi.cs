using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Domain.Laporan;

// The content of one report version, as plain data. Every format (DOCX, PDF, XLSX, the page) renders
// this and nothing else, and a final version stores it as JSON: that is what freezes its numbers.
// Kept stable once on main: add members at the end only.

public enum JenisLaporan
{
    Triwulan = 1,
    Semester = 2,
    Tahunan = 3,
}

/// <summary>The whole report: identity, letterhead, chapters, signature, the predikat legend.</summary>
/// <param name="PeriodeKode">The engine's period code (TW2, S1, TAHUNAN).</param>
/// <param name="Periode">The period in words ("Triwulan II 2029").</param>
/// <param name="Versi">The version number; 0 while it is only a preview.</param>
/// <param name="SidikJari">The fingerprint of the data (see <see cref="LaporanSidikJari"/>), set by whoever stores the version.</param>
/// <param name="Draf">True while any figure comes from data that is not locked, or the version is not final: the documents carry a watermark.</param>
/// <param name="CatatanDraf">Why it is a draft, in one sentence.</param>
public sealed record LaporanIsi(
    JenisLaporan Jenis, int Tahun, string PeriodeKode, string Periode, string Judul,
    string Pemda, string PerangkatDaerah, LaporanKop Kop,
    int Versi, string SidikJari, bool Draf, string? CatatanDraf,
    IReadOnlyList<LaporanBab> Bab, LaporanTandaTangan TandaTangan, IReadOnlyList<LaporanSkala> Skala)
{
    /// <summary>The same content with the people's texts of the editable parts put in, by their keys.</summary>
    public LaporanIsi WithTeks(IReadOnlyDictionary<string, string> teks) => this with
    {
        Bab = Bab.Select(b => b with
        {
            Isi = b.Isi.Select(x => x is LaporanSuntingan s && teks.TryGetValue(s.Kunci, out var t) ? s with { Teks = t } : x).ToList(),
        }).ToList(),
    };

    /// <summary>Every editable part, in reading order.</summary>
    public IEnumerable<LaporanSuntingan> Suntingan => Bab.SelectMany(b => b.Isi.OfType<LaporanSuntingan>());

    /// <summary>Every table, in reading order (the XLSX has one sheet each).</summary>
    public IEnumerable<LaporanTabel> Tabel => Bab.SelectMany(b => b.Isi.OfType<LaporanTabel>());
}

/// <summary>The letterhead: "PEMERINTAH KABUPATEN …", the agency, its address, and the logo (PNG or JPEG bytes).</summary>
public sealed record LaporanKop(string Pemerintah, string Instansi, string? Alamat, byte[]? Logo, string? LogoMime);

/// <summary>The signature block of the Kepala.</summary>
public sealed record LaporanTandaTangan(string Tempat, DateOnly Tanggal, string Jabatan, string Nama, string? Nip);

/// <summary>One band of the predikat scale printed as the legend; <see cref="Sampai"/> null: no upper bound.</summary>
public sealed record LaporanSkala(string Label, decimal? Dari, decimal? Sampai, string Warna);

/// <summary>A chapter or section. <see cref="Tingkat"/> 1 is a chapter (Heading 1, starts a page), 2 a section, 3 a subsection.</summary>
/// <param name="Kunci">Stable key ("bab3.a.sasaran-12"): comments, the self-check and the diff point at it.</param>
public sealed record LaporanBab(string Kunci, string Judul, int Tingkat, IReadOnlyList<LaporanBlok> Isi);

/// <summary>A piece of a section: a sentence the system wrote, a part people write, a table, or a chart.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "jenis")]
[JsonDerivedType(typeof(LaporanParagraf), "paragraf")]
[JsonDerivedType(typeof(LaporanSuntingan), "suntingan")]
[JsonDerivedType(typeof(LaporanTabel), "tabel")]
[JsonDerivedType(typeof(LaporanGrafik), "grafik")]
public abstract record LaporanBlok;

/// <summary>A paragraph the system wrote from the data (it restates numbers only).</summary>
public sealed record LaporanParagraf(string Teks) : LaporanBlok;

/// <summary>A part only people can write (analysis, penutup): its key, a hint of what belongs there, and the text once written.</summary>
public sealed record LaporanSuntingan(string Kunci, string Judul, string Petunjuk, string? Teks) : LaporanBlok;

/// <summary>A table; <see cref="Judul"/> is its caption ("Tabel 3.1 …").</summary>
public sealed record LaporanTabel(string Kunci, string Judul, IReadOnlyList<LaporanKolom> Kolom, IReadOnlyList<LaporanBaris> Baris) : LaporanBlok;

/// <summary>A column: its heading and whether it holds numbers (right-aligned; a number cell in the XLSX).</summary>
public sealed record LaporanKolom(string Judul, bool Angka = false);

/// <summary>A row; <see cref="Kelompok"/> marks a group heading or total row (bold).</summary>
public sealed record LaporanBaris(IReadOnlyList<LaporanSel> Sel, bool Kelompok = false);

/// <summary>A cell as shown ("87,50"), its number unrounded where it is one, and a background colour (#RRGGBB) for a predikat.</summary>
public sealed record LaporanSel(string Teks, decimal? Nilai = null, string? Warna = null);

/// <summary>A bar chart: categories and one or more series of values (null: no bar).</summary>
public sealed record LaporanGrafik(string Kunci, string Judul, IReadOnlyList<string> Label, IReadOnlyList<LaporanSeri> Seri) : LaporanBlok;

public sealed record LaporanSeri(string Nama, IReadOnlyList<decimal?> Nilai);

/// <summary>
/// The fingerprint of the data a report was built from: SHA-256 over its JSON with what is not data
/// left out (version, the fingerprint itself, the draft flag, people's texts, the logo), so the same
/// snapshot always gives the same fingerprint and an edited narrative does not change it.
/// </summary>
public static class LaporanSidikJari
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static string Of(LaporanIsi isi)
    {
        var data = isi with
        {
            Versi = 0, SidikJari = "", Draf = false, CatatanDraf = null,
            Kop = isi.Kop with { Logo = null },
            Bab = isi.Bab.Select(b => b with
            {
                Isi = b.Isi.Select(x => x is LaporanSuntingan s ? s with { Teks = null } : x).ToList(),
            }).ToList(),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(data, Json);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The short form printed in a footer (the first 12 hex digits).</summary>
    public static string Pendek(string sidikJari) => sidikJari.Length > 12 ? sidikJari[..12] : sidikJari;

    public static string ToJson(LaporanIsi isi) => JsonSerializer.Serialize(isi, Json);

    public static LaporanIsi FromJson(string json) =>
        JsonSerializer.Deserialize<LaporanIsi>(json, Json) ?? throw new DomainException("Isi laporan tersimpan tidak dapat dibaca.");
}
