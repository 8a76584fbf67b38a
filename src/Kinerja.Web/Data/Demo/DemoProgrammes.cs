namespace Kinerja.Web.Data.Demo;

/// <summary>A demo programme / kegiatan / sub-kegiatan with its 2026 pagu in whole rupiah.</summary>
public record DemoProgram(string Kode, string Nama, long Pagu2026, params DemoProgram[] Children);

/// <summary>
/// Each demo agency's budget structure, coded per Kepmendagri 050-5889/2021, with the programme linked
/// to the first sasaran of its Renstra. Amounts are plausible, not real.
/// </summary>
public static class DemoProgrammes
{
    private static DemoProgram P(string kode, string nama, long pagu, params DemoProgram[] children) => new(kode, nama, pagu, children);

    private static DemoProgram Penunjang(string urusan, long pagu) =>
        P($"{urusan}.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", pagu,
            P($"{urusan}.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", pagu / 10,
                P($"{urusan}.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", pagu / 20),
                P($"{urusan}.01.2.01.0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", pagu / 25)));

    public static readonly IReadOnlyDictionary<string, DemoProgram[]> ByAgency = new Dictionary<string, DemoProgram[]>
    {
        ["bpbd"] =
        [
            Penunjang("1.05", 3_250_000_000),
            P("1.05.03", "Program Penanggulangan Bencana", 4_800_000_000,
                P("1.05.03.2.01", "Pelayanan Informasi Rawan Bencana Kabupaten/Kota", 950_000_000,
                    P("1.05.03.2.01.0001", "Penyusunan Kajian Risiko Bencana Kabupaten/Kota", 450_000_000),
                    P("1.05.03.2.01.0002", "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana", 320_000_000)),
                P("1.05.03.2.03", "Pelayanan Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota", 2_100_000_000,
                    P("1.05.03.2.03.0001", "Respon Cepat Darurat Bencana Kabupaten/Kota", 1_400_000_000))),
        ],
        ["bpkpad"] =
        [
            Penunjang("5.02", 6_400_000_000),
            P("5.02.02", "Program Pengelolaan Keuangan Daerah", 3_700_000_000,
                P("5.02.02.2.01", "Koordinasi dan Penyusunan Rencana Anggaran Daerah", 1_200_000_000,
                    P("5.02.02.2.01.0001", "Koordinasi, Penyusunan dan Verifikasi Rencana Kerja dan Anggaran SKPD", 600_000_000)),
                P("5.02.02.2.04", "Koordinasi dan Penyusunan Laporan Keuangan Daerah", 900_000_000,
                    P("5.02.02.2.04.0001", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD dan PPKD", 500_000_000))),
        ],
        ["puprperkim"] =
        [
            Penunjang("1.03", 5_100_000_000),
            P("1.03.10", "Program Penyelenggaraan Jalan", 48_500_000_000,
                P("1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", 46_000_000_000,
                    P("1.03.10.2.01.0016", "Rehabilitasi Jalan", 21_000_000_000),
                    P("1.03.10.2.01.0033", "Pembangunan Jembatan", 14_500_000_000))),
        ],
        ["diskop"] =
        [
            Penunjang("2.17", 2_300_000_000),
            P("2.17.03", "Program Pengawasan dan Pemeriksaan Koperasi", 650_000_000,
                P("2.17.03.2.01", "Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota", 420_000_000,
                    P("2.17.03.2.01.0001", "Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi", 300_000_000))),
        ],
        ["bappeda"] =
        [
            Penunjang("5.01", 4_200_000_000),
            P("5.01.02", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 2_900_000_000,
                P("5.01.02.2.01", "Penyusunan Perencanaan dan Pendanaan", 1_100_000_000,
                    P("5.01.02.2.01.0003", "Penyusunan Dokumen Perencanaan Pembangunan Daerah Jangka Menengah", 600_000_000)),
                P("5.01.02.2.02", "Analisis Data dan Informasi Perencanaan Pembangunan Daerah", 800_000_000,
                    P("5.01.02.2.02.0001", "Analisis Data dan Informasi Pemerintahan Daerah Bidang Perencanaan Pembangunan Daerah", 450_000_000))),
        ],
    };
}
