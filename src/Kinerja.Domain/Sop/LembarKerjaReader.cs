namespace Kinerja.Domain.Sop;

internal static class LembarKerjaReader
{
    public static LembarKerja? Read(YamlMap root, IReadOnlySet<int> stepNumbers, SopErrorList errors)
    {
        var map = root.Map("lembar_kerja");
        if (map is null) return null;
        var lembar = new LembarKerja
        {
            JenisKegiatan = map.Text("jenis_kegiatan"),
            PenanggungJawabProduk = map.Text("penanggung_jawab_produk"),
            PenanggungJawabKegiatan = map.Text("penanggung_jawab_kegiatan"),
            RuangLingkup = map.Text("ruang_lingkup"),
            JudulKegiatan = map.Text("judul_kegiatan"),
            LangkahAwal = map.Text("langkah_awal"),
            LangkahUtama = map.Text("langkah_utama"),
            LangkahAkhir = map.Text("langkah_akhir"),
            IdentifikasiLangkah = ReadIdentifikasi(map, stepNumbers, errors).ToValueList(),
        };
        map.RejectUnknownKeys();
        return lembar;
    }

    private static IEnumerable<IdentifikasiLangkah> ReadIdentifikasi(YamlMap lembar, IReadOnlySet<int> stepNumbers, SopErrorList errors)
    {
        var items = lembar.Sequence("identifikasi_langkah");
        var result = new List<IdentifikasiLangkah>();
        for (var i = 0; i < items.Count; i++)
        {
            var map = YamlMap.From(items[i], $"identifikasi langkah ke-{i + 1}", lembar.Field("identifikasi_langkah"), errors);
            if (map is null) continue;
            var tahapText = map.Text("tahap", required: true);
            var no = map.Int("langkah", required: true);
            var uraian = map.Text("uraian", required: true);
            map.RejectUnknownKeys();
            var tahap = default(TahapLangkah);
            var tahapValid = tahapText is not null && Enum.TryParse(tahapText, ignoreCase: true, out tahap)
                && Enum.IsDefined(tahap) && !int.TryParse(tahapText, out _);
            if (tahapText is not null && !tahapValid)
                map.Error("tahap", $"tahap '{tahapText}' tidak dikenal (pilihan: awal, utama, akhir)");
            if (no is { } n && !stepNumbers.Contains(n)) map.Error("langkah", $"langkah {n} tidak ada");
            if (tahapValid && no is not null && uraian is not null) result.Add(new IdentifikasiLangkah(tahap, no.Value, uraian));
        }
        return result;
    }
}
