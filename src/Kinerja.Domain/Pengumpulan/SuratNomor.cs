using System.Text;
using System.Text.RegularExpressions;

namespace Kinerja.Domain.Pengumpulan;

/// <summary>
/// The letter's number, from the OPD's pattern and the sequence number of the year and kind. Tokens:
/// <c>{urut}</c> (with an optional zero pad, <c>{urut:000}</c>), <c>{kode_opd}</c>, <c>{tahun}</c>,
/// <c>{bulan}</c> (01–12) and <c>{bulan_romawi}</c> (I–XII). Defaults follow the usual classification
/// codes of tata naskah dinas: 800 for the decree, 005 for the notification letter.
/// </summary>
public static partial class SuratNomor
{
    public const string DefaultSk = "800/{urut:000}/{kode_opd}/{tahun}";
    public const string DefaultPemberitahuan = "005/{urut:000}/{kode_opd}/{tahun}";

    public static string Default(SuratJenis jenis) => jenis == SuratJenis.SK ? DefaultSk : DefaultPemberitahuan;

    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    [GeneratedRegex(@"\{([a-z_]+)(?::(0+))?\}")]
    private static partial Regex Token();

    /// <summary>Refuses a pattern with an unknown token, without <c>{urut}</c>, or too long to store.</summary>
    public static void Validate(string pattern, string field = "formatNomor")
    {
        if (string.IsNullOrWhiteSpace(pattern)) throw new DomainException("Format nomor wajib diisi.", field);
        if (pattern.Length > 100) throw new DomainException("Format nomor paling panjang 100 karakter.", field);
        var tokens = Token().Matches(pattern).Select(m => m.Groups[1].Value).ToList();
        var unknown = tokens.Where(t => t is not ("urut" or "kode_opd" or "tahun" or "bulan" or "bulan_romawi")).ToList();
        if (unknown.Count > 0)
            throw new DomainException($"Format nomor memuat penanda yang tidak dikenal: {string.Join(", ", unknown.Select(u => "{" + u + "}"))}. Yang dikenal: {{urut}}, {{urut:000}}, {{kode_opd}}, {{tahun}}, {{bulan}}, {{bulan_romawi}}.", field);
        if (Token().Replace(pattern, "").Contains('{') || Token().Replace(pattern, "").Contains('}'))
            throw new DomainException("Format nomor memuat kurung kurawal yang tidak lengkap.", field);
        if (!tokens.Contains("urut")) throw new DomainException("Format nomor harus memuat {urut} agar setiap surat bernomor unik.", field);
    }

    public static string Format(string pattern, int urut, string kodeOpd, DateOnly tanggal)
    {
        if (urut < 1) throw new ArgumentOutOfRangeException(nameof(urut));
        Validate(pattern);
        return Token().Replace(pattern, m => m.Groups[1].Value switch
        {
            "urut" => urut.ToString(new string('0', Math.Max(1, m.Groups[2].Value.Length))),
            "kode_opd" => kodeOpd,
            "tahun" => tanggal.Year.ToString(),
            "bulan" => tanggal.Month.ToString("00"),
            _ => Romawi[tanggal.Month - 1],
        });
    }
}
