using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Capaian.NegativeFormula;
using static Kinerja.Domain.Capaian.Polarity;
using static Kinerja.Domain.Capaian.RollUp;

namespace Kinerja.Web.Data.Demo;

/// <summary>One demo indicator: settings, targets for 2025–2029, and the unit code that answers for it.</summary>
public record DemoIndikator(string Kode, string Nama, string Satuan, Polarity Polarity, NegativeFormula? Formula, RollUp RollUp,
    int Decimals, decimal KondisiAwal, decimal[] Targets, string Unit, bool Iku = false, decimal[]? Upper = null);

public record DemoSasaran(string Kode, string Uraian, DemoIndikator[] Indikator);

public record DemoTujuan(string Kode, string Uraian, DemoSasaran[] Sasaran);

/// <summary>
/// A realistic Renstra 2025–2029 per demo agency, mixing positive and negative polarity, both negative
/// formulas, every roll-up rule and the usual units (%, orang, dokumen, indeks, km, hari).
/// </summary>
public static class DemoPlans
{
    public const int TahunAwal = 2025, TahunAkhir = 2029;

    private static decimal[] T(params double[] v) => v.Select(x => (decimal)x).ToArray();

    public static readonly IReadOnlyDictionary<string, DemoTujuan[]> ByAgency = new Dictionary<string, DemoTujuan[]>
    {
        ["bpbd"] =
        [
            new("T1", "Meningkatnya ketangguhan daerah dalam menghadapi bencana",
            [
                new("S1", "Menurunnya risiko bencana di Kabupaten Balangan",
                [
                    new("IKU-1", "Indeks Risiko Bencana (IRB) Kabupaten", "indeks", Negative, Selisih, NilaiAkhir, 2, 131.48m, T(128, 125, 122, 119, 116), "BID-PK", Iku: true),
                    new("IK-1.2", "Persentase desa tangguh bencana", "%", Positive, null, NilaiAkhir, 2, 18.5m, T(22, 26, 30, 34, 38), "SEKSI-KESIAPSIAGAAN"),
                    new("IK-1.3", "Jumlah warga terlatih kesiapsiagaan bencana", "orang", Positive, null, Kumulatif, 0, 350, T(400, 450, 500, 550, 600), "SEKSI-PENCEGAHAN"),
                    new("IK-1.4", "Jumlah dokumen rencana kontinjensi yang disusun", "dokumen", Positive, null, Kumulatif, 0, 1, T(2, 2, 2, 2, 2), "SEKSI-KESIAPSIAGAAN"),
                ]),
                new("S2", "Meningkatnya kecepatan dan mutu penanganan darurat bencana",
                [
                    new("IKU-2", "Waktu tanggap darurat bencana", "jam", Negative, RasioTerbalik, RataRata, 1, 8, T(6, 6, 5, 5, 4), "SEKSI-KEDARURATAN", Iku: true),
                    new("IK-2.2", "Persentase korban bencana yang tertangani", "%", Positive, null, NilaiAkhir, 2, 92, T(100, 100, 100, 100, 100), "BID-KL"),
                    new("IK-2.3", "Panjang tanggul darurat yang dibangun", "km", Positive, null, Kumulatif, 2, 1.2m, T(1.5, 1.5, 2, 2, 2.5), "SEKSI-LOGISTIK"),
                    new("IK-2.4", "Rata-rata hari pemulihan layanan dasar pascabencana", "hari", Negative, Selisih, RataRata, 0, 30, T(25, 21, 18, 15, 14), "BID-RR"),
                    new("IK-2.5", "Persentase ketersediaan logistik kebencanaan", "%", Polarity.Range, Selisih, NilaiAkhir, 2, 70, T(80, 80, 85, 85, 85), "SEKSI-LOGISTIK", Upper: T(95, 95, 100, 100, 100)),
                ]),
            ]),
        ],
        ["bpkpad"] =
        [
            new("T1", "Terwujudnya pengelolaan keuangan daerah yang akuntabel",
            [
                new("S1", "Meningkatnya kualitas pengelolaan keuangan dan aset daerah",
                [
                    new("IKU-1", "Opini BPK atas Laporan Keuangan Pemerintah Daerah (skor; WTP = 4)", "indeks", Positive, null, NilaiAkhir, 0, 4, T(4, 4, 4, 4, 4), "BID-AKUNTANSI", Iku: true),
                    new("IK-1.2", "Persentase aset tetap yang bersertifikat", "%", Positive, null, NilaiAkhir, 2, 41.3m, T(45, 50, 55, 60, 65), "BID-ASET"),
                    new("IK-1.3", "Jumlah temuan BPK atas pengelolaan keuangan", "temuan", Negative, RasioTerbalik, Kumulatif, 0, 14, T(12, 10, 8, 6, 5), "SUBBID-PELAPORAN"),
                    new("IK-1.4", "Ketepatan waktu penetapan APBD (hari sebelum batas)", "hari", Positive, null, NilaiAkhir, 0, 0, T(5, 7, 10, 10, 10), "BID-ANGGARAN"),
                ]),
                new("S2", "Meningkatnya pendapatan asli daerah",
                [
                    new("IKU-2", "Rasio PAD terhadap total pendapatan daerah", "%", Positive, null, NilaiAkhir, 2, 6.8m, T(7.2, 7.6, 8, 8.5, 9), "BID-PENDAPATAN", Iku: true),
                    new("IK-2.2", "Realisasi penerimaan pajak daerah (miliar rupiah)", "miliar rupiah", Positive, null, Kumulatif, 2, 38.5m, T(41, 44, 47, 50, 53), "SUBBID-PENAGIHAN"),
                    new("IK-2.3", "Tunggakan pajak daerah (miliar rupiah)", "miliar rupiah", Negative, Selisih, NilaiAkhir, 2, 6.1m, T(5.5, 5, 4.5, 4, 3.5), "SUBBID-PENAGIHAN"),
                    new("IK-2.4", "Jumlah wajib pajak baru terdaftar", "wajib pajak", Positive, null, Kumulatif, 0, 420, T(450, 480, 500, 520, 550), "SUBBID-PENDATAAN"),
                ]),
            ]),
        ],
        ["puprperkim"] =
        [
            new("T1", "Meningkatnya kualitas infrastruktur dan permukiman",
            [
                new("S1", "Meningkatnya kemantapan jalan dan jembatan kabupaten",
                [
                    new("IKU-1", "Persentase panjang jalan kabupaten dalam kondisi mantap", "%", Positive, null, NilaiAkhir, 2, 68.4m, T(70, 72.5, 75, 77.5, 80), "BID-BM", Iku: true),
                    new("IK-1.2", "Panjang jalan yang ditingkatkan", "km", Positive, null, Kumulatif, 2, 12.5m, T(14, 15, 15, 16, 16), "SEKSI-JALAN"),
                    new("IK-1.3", "Jumlah jembatan yang dibangun atau direhabilitasi", "unit", Positive, null, Kumulatif, 0, 3, T(4, 4, 5, 5, 5), "SEKSI-PRESERVASI"),
                    new("IK-1.4", "Persentase panjang jalan rusak berat", "%", Negative, Selisih, NilaiAkhir, 2, 14.2m, T(13, 12, 11, 10, 9), "SEKSI-PRESERVASI"),
                ]),
                new("S2", "Meningkatnya akses permukiman layak",
                [
                    new("IKU-2", "Persentase rumah tangga dengan akses air minum layak", "%", Positive, null, NilaiAkhir, 2, 79.1m, T(81, 83, 85, 87, 90), "BID-CK", Iku: true),
                    new("IK-2.2", "Luas kawasan kumuh", "hektare", Negative, RasioTerbalik, NilaiAkhir, 2, 48.6m, T(44, 40, 36, 32, 28), "BID-PERKIM"),
                    new("IK-2.3", "Jumlah rumah tidak layak huni yang ditangani", "unit", Positive, null, Kumulatif, 0, 150, T(175, 200, 200, 225, 250), "SEKSI-PERUMAHAN"),
                    new("IK-2.4", "Indeks kepuasan layanan perizinan tata ruang", "indeks", Positive, null, RataRata, 2, 3.1m, T(3.2, 3.3, 3.4, 3.5, 3.6), "BID-TR"),
                ]),
            ]),
        ],
        ["diskop"] =
        [
            new("T1", "Meningkatnya daya saing koperasi, UKM, industri dan perdagangan",
            [
                new("S1", "Meningkatnya kinerja koperasi dan UKM",
                [
                    new("IKU-1", "Persentase koperasi aktif", "%", Positive, null, NilaiAkhir, 2, 61.5m, T(64, 67, 70, 73, 75), "BID-KOP", Iku: true),
                    new("IK-1.2", "Jumlah UKM yang naik kelas", "UKM", Positive, null, Kumulatif, 0, 40, T(45, 50, 55, 60, 65), "SEKSI-UKM"),
                    new("IK-1.3", "Jumlah koperasi yang dinilai kesehatannya", "koperasi", Positive, null, Kumulatif, 0, 25, T(30, 35, 40, 45, 50), "SEKSI-PENGAWASAN"),
                    new("IK-1.4", "Persentase koperasi bermasalah", "%", Negative, Selisih, NilaiAkhir, 2, 9.4m, T(8.5, 7.5, 6.5, 5.5, 5), "SEKSI-PENGAWASAN"),
                ]),
                new("S2", "Meningkatnya stabilitas harga dan pertumbuhan industri",
                [
                    new("IKU-2", "Koefisien variasi harga bahan pokok", "%", Negative, RasioTerbalik, RataRata, 2, 6.2m, T(5.8, 5.5, 5.2, 5, 4.8), "BID-DAG", Iku: true),
                    new("IK-2.2", "Jumlah industri kecil menengah baru", "unit usaha", Positive, null, Kumulatif, 0, 35, T(40, 42, 45, 48, 50), "SEKSI-INDUSTRI"),
                    new("IK-2.3", "Persentase alat ukur yang ditera ulang", "%", Positive, null, NilaiAkhir, 2, 72, T(75, 78, 80, 82, 85), "SEKSI-METROLOGI"),
                    new("IK-2.4", "Jumlah pasar rakyat yang direvitalisasi", "pasar", Positive, null, Kumulatif, 0, 1, T(1, 2, 1, 2, 1), "SEKSI-DAG"),
                ]),
            ]),
        ],
        ["bappeda"] =
        [
            new("T1", "Meningkatnya kualitas perencanaan dan evaluasi pembangunan daerah",
            [
                new("S1", "Meningkatnya konsistensi perencanaan dan penganggaran",
                [
                    new("IKU-1", "Persentase konsistensi program RPJMD dalam RKPD", "%", Positive, null, NilaiAkhir, 2, 88, T(90, 92, 94, 96, 98), "BID-PPE", Iku: true),
                    new("IK-1.2", "Nilai evaluasi SAKIP Pemerintah Kabupaten", "indeks", Positive, null, NilaiAkhir, 2, 61.5m, T(63, 65, 67, 69, 71), "SUBBID-EVALUASI"),
                    new("IK-1.3", "Jumlah dokumen perencanaan yang ditetapkan tepat waktu", "dokumen", Positive, null, Kumulatif, 0, 3, T(4, 4, 4, 4, 4), "SUBBID-DATA"),
                    new("IK-1.4", "Jumlah hari keterlambatan laporan kinerja OPD", "hari", Negative, Selisih, RataRata, 0, 21, T(14, 10, 7, 5, 3), "SUBBID-DATA"),
                ]),
                new("S2", "Meningkatnya pemanfaatan riset dan inovasi daerah",
                [
                    new("IKU-2", "Indeks inovasi daerah", "indeks", Positive, null, NilaiAkhir, 2, 45.2m, T(48, 51, 54, 57, 60), "BID-LITBANG", Iku: true),
                    new("IK-2.2", "Jumlah kajian yang dimanfaatkan dalam kebijakan", "kajian", Positive, null, Kumulatif, 0, 2, T(3, 3, 4, 4, 5), "SUBBID-INOVASI"),
                    new("IK-2.3", "Rasio gini Kabupaten", "indeks", Negative, RasioTerbalik, NilaiAkhir, 3, 0.318m, T(0.315, 0.312, 0.309, 0.306, 0.303), "BID-EKONOMI"),
                    new("IK-2.4", "Tingkat pengangguran terbuka", "%", Negative, Selisih, NilaiAkhir, 2, 3.9m, T(3.8, 3.7, 3.6, 3.5, 3.4), "BID-EKONOMI"),
                ]),
            ]),
        ],
    };
}
