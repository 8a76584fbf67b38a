using Kinerja.Domain.Organisasi;
using static Kinerja.Domain.Organisasi.UnitKind;

namespace Kinerja.Web.Data.Demo;

public record DemoUnit(string Kode, string Nama, UnitKind Jenis, params DemoUnit[] Children);

/// <summary>
/// One agency of the demo. Slug is the suffix of its demo accounts (kasubag.bpbd). The codes name the
/// units where the SOP's actors sit: the planning subbag, the Bidang and Seksi that fill the data.
/// </summary>
public record DemoAgency(string Slug, string Kode, string Nama, string Kepala, bool ReadsAcrossPemda,
    string PlanningUnit, string PlanningTitle, string Bidang, string Seksi, DemoUnit[] Units);

public record DemoPemda(string Kode, string Nama, DemoAgency[] Agencies);

/// <summary>The agencies of the five SOPs in shared/seeds, with the units their SOPs name.</summary>
public static class DemoAgencies
{
    private static DemoUnit U(string kode, string nama, UnitKind jenis, params DemoUnit[] children) => new(kode, nama, jenis, children);

    public static readonly DemoPemda Balangan = new("6311", "Pemerintah Kabupaten Balangan",
    [
        new("bpbd", "BPBD", "Badan Penanggulangan Bencana Daerah", "Kepala Pelaksana BPBD", false,
            "SUBBAG-PEP", "Kepala Subbagian Perencanaan, Evaluasi dan Pelaporan", "BID-PK", "SEKSI-PENCEGAHAN",
        [
            U("SEKRE", "Sekretariat", Sekretariat,
                U("SUBBAG-UMUM", "Subbagian Umum dan Kepegawaian", Subbagian),
                U("SUBBAG-PEP", "Subbagian Perencanaan, Evaluasi dan Pelaporan", Subbagian),
                U("SUBBAG-KEU", "Subbagian Keuangan", Subbagian)),
            U("BID-PK", "Bidang Pencegahan dan Kesiapsiagaan", Bidang,
                U("SEKSI-PENCEGAHAN", "Seksi Pencegahan", Seksi),
                U("SEKSI-KESIAPSIAGAAN", "Seksi Kesiapsiagaan", Seksi)),
            U("BID-KL", "Bidang Kedaruratan dan Logistik", Bidang,
                U("SEKSI-KEDARURATAN", "Seksi Kedaruratan", Seksi),
                U("SEKSI-LOGISTIK", "Seksi Logistik", Seksi)),
            U("BID-RR", "Bidang Rehabilitasi dan Rekonstruksi", Bidang,
                U("SEKSI-REHABILITASI", "Seksi Rehabilitasi", Seksi),
                U("SEKSI-REKONSTRUKSI", "Seksi Rekonstruksi", Seksi)),
        ]),
        new("bpkpad", "BPKPAD", "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah", "Kepala Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah", false,
            "SUBBAG-PEP", "Kepala Subbagian Perencanaan, Evaluasi dan Pelaporan", "BID-ANGGARAN", "SUBBID-PENYUSUNAN",
        [
            U("SEKRE", "Sekretariat", Sekretariat,
                U("SUBBAG-PEP", "Subbagian Perencanaan, Evaluasi dan Pelaporan", Subbagian),
                U("SUBBAG-UMUM", "Subbagian Umum dan Kepegawaian", Subbagian)),
            U("BID-ANGGARAN", "Bidang Anggaran", Bidang,
                U("SUBBID-PENYUSUNAN", "Subbidang Penyusunan Anggaran", Subbidang),
                U("SUBBID-PENGENDALIAN", "Subbidang Pengendalian Anggaran", Subbidang)),
            U("BID-PERBENDAHARAAN", "Bidang Perbendaharaan", Bidang,
                U("SUBBID-KAS", "Subbidang Pengelolaan Kas Daerah", Subbidang),
                U("SUBBID-BELANJA", "Subbidang Belanja", Subbidang)),
            U("BID-AKUNTANSI", "Bidang Akuntansi dan Pelaporan", Bidang,
                U("SUBBID-AKUNTANSI", "Subbidang Akuntansi", Subbidang),
                U("SUBBID-PELAPORAN", "Subbidang Pelaporan Keuangan", Subbidang)),
            U("BID-PENDAPATAN", "Bidang Pendapatan Daerah", Bidang,
                U("SUBBID-PENDATAAN", "Subbidang Pendataan dan Penetapan", Subbidang),
                U("SUBBID-PENAGIHAN", "Subbidang Penagihan dan Keberatan", Subbidang)),
            U("BID-ASET", "Bidang Pengelolaan Aset Daerah", Bidang,
                U("SUBBID-PENATAUSAHAAN", "Subbidang Penatausahaan Aset", Subbidang),
                U("SUBBID-PEMANFAATAN", "Subbidang Pemanfaatan Aset", Subbidang)),
        ]),
        new("puprperkim", "PUPRPERKIM", "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan Rakyat dan Kawasan Permukiman", "Kepala Dinas PUPRPERKIM", false,
            "SUBBAG-PP", "Kepala Subbagian Perencanaan dan Pelaporan", "BID-BM", "SEKSI-JALAN",
        [
            U("SEKRE", "Sekretariat", Sekretariat,
                U("SUBBAG-PP", "Subbagian Perencanaan dan Pelaporan", Subbagian),
                U("SUBBAG-UMUM", "Subbagian Umum dan Kepegawaian", Subbagian),
                U("SUBBAG-KEU", "Subbagian Keuangan", Subbagian)),
            U("BID-BM", "Bidang Bina Marga", Bidang,
                U("SEKSI-JALAN", "Seksi Pembangunan Jalan dan Jembatan", Seksi),
                U("SEKSI-PRESERVASI", "Seksi Preservasi Jalan dan Jembatan", Seksi)),
            U("BID-SDA", "Bidang Sumber Daya Air", Bidang,
                U("SEKSI-IRIGASI", "Seksi Irigasi", Seksi),
                U("SEKSI-SUNGAI", "Seksi Sungai dan Pantai", Seksi)),
            U("BID-CK", "Bidang Cipta Karya", Bidang,
                U("SEKSI-AMS", "Seksi Air Minum dan Sanitasi", Seksi),
                U("SEKSI-GEDUNG", "Seksi Bangunan Gedung", Seksi)),
            U("BID-TR", "Bidang Penataan Ruang", Bidang,
                U("SEKSI-RENTR", "Seksi Perencanaan Tata Ruang", Seksi),
                U("SEKSI-DALTR", "Seksi Pengendalian Pemanfaatan Ruang", Seksi)),
            U("BID-PERKIM", "Bidang Perumahan dan Kawasan Permukiman", Bidang,
                U("SEKSI-PERUMAHAN", "Seksi Perumahan", Seksi),
                U("SEKSI-KAWASAN", "Seksi Kawasan Permukiman", Seksi)),
        ]),
        new("diskop", "DISKOPUKMPERINDAG", "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan", "Kepala Dinas Koperasi, UKM, Perindustrian dan Perdagangan", false,
            "SUBBAG-PP", "Kepala Subbagian Program dan Pelaporan", "BID-KOP", "SEKSI-KELEMBAGAAN",
        [
            U("SEKRE", "Sekretariat", Sekretariat,
                U("SUBBAG-PP", "Subbagian Program dan Pelaporan", Subbagian),
                U("SUBBAG-UMUM", "Subbagian Umum dan Kepegawaian", Subbagian)),
            U("BID-KOP", "Bidang Koperasi", Bidang,
                U("SEKSI-KELEMBAGAAN", "Seksi Kelembagaan Koperasi", Seksi),
                U("SEKSI-PENGAWASAN", "Seksi Pengawasan Koperasi", Seksi)),
            U("BID-UKM", "Bidang Usaha Kecil dan Menengah", Bidang,
                U("SEKSI-UKM", "Seksi Pemberdayaan Usaha Kecil dan Menengah", Seksi)),
            U("BID-IND", "Bidang Perindustrian", Bidang,
                U("SEKSI-INDUSTRI", "Seksi Industri Agro, Kimia dan Aneka", Seksi)),
            U("BID-DAG", "Bidang Perdagangan", Bidang,
                U("SEKSI-DAG", "Seksi Pengembangan Perdagangan", Seksi),
                U("SEKSI-METROLOGI", "Seksi Metrologi Legal", Seksi)),
        ]),
    ]);

    public static readonly DemoPemda Banggai = new("7201", "Pemerintah Kabupaten Banggai",
    [
        new("bappeda", "BAPPEDA-LITBANG", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Kepala Bappeda & Litbang", true,
            "SUBBID-DATA", "Kepala Subbidang Data dan Informasi (Kasubbid Data)", "BID-PPE", "SUBBID-EVALUASI",
        [
            U("SEKRE", "Sekretariat", Sekretariat,
                U("SUBBAG-UMUM", "Subbagian Umum dan Kepegawaian", Subbagian),
                U("SUBBAG-KEU", "Subbagian Keuangan", Subbagian)),
            U("BID-PPE", "Bidang Perencanaan, Pengendalian dan Evaluasi", Bidang,
                U("SUBBID-DATA", "Subbidang Data dan Informasi", Subbidang),
                U("SUBBID-EVALUASI", "Subbidang Pengendalian dan Evaluasi", Subbidang)),
            U("BID-EKONOMI", "Bidang Perekonomian dan Sumber Daya Alam", Bidang,
                U("SUBBID-EKONOMI", "Subbidang Perekonomian", Subbidang)),
            U("BID-PPM", "Bidang Pemerintahan dan Pembangunan Manusia", Bidang,
                U("SUBBID-SOSBUD", "Subbidang Sosial dan Budaya", Subbidang)),
            U("BID-INFRA", "Bidang Infrastruktur dan Kewilayahan", Bidang,
                U("SUBBID-INFRA", "Subbidang Infrastruktur", Subbidang)),
            U("BID-LITBANG", "Bidang Penelitian dan Pengembangan", Bidang,
                U("SUBBID-INOVASI", "Subbidang Inovasi dan Teknologi", Subbidang)),
        ]),
    ]);
}
