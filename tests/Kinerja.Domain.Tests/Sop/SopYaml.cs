using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>
/// A small valid definition whose line numbers the validation tests rely on: a case replaces
/// one line (or removes it) and expects the error on a known line.
/// </summary>
internal static class SopYaml
{
    public const string Minimal = """
        identitas:
          nama: Pengumpulan Data Kinerja
          instansi: Dinas Contoh Kabupaten Contoh
          tanggal_pembuatan: 02 Januari 2026
          dasar_hukum: [Peraturan Presiden Nomor 29 Tahun 2014]
          kualifikasi_pelaksana: [Memiliki kemampuan pengolahan data]
          keterkaitan: [SOP Surat Masuk]
          peralatan_perlengkapan: [Komputer]
          peringatan: Pelaporan akan terhambat
          pencatatan_pendataan: Disimpan dalam bentuk softcopy dan hardcopy
        pelaksana:
          - { id: kasubag, judul: Kasubag Perencanaan, peran: KasubagPerencanaan }
          - { id: staf, judul: Staf, peran: Pelaksana }
        langkah:
          - nomor: 1
            kegiatan: Membuat draft format data kinerja
            pelaksana: [staf]
            waktu: { value: 2, unit: hari kerja }
          - nomor: 2
            kegiatan: Memeriksa draft
            pelaksana: [kasubag]
            waktu: { value: 30, unit: menit }
            ya: selesai
            tidak: 1
        mulai:
          langkah: 1
          pelaksana: staf

        """;

    /// <summary>The minimal text with its 1-based line <paramref name="line"/> replaced (null removes it).</summary>
    public static string WithLine(int line, string? replacement)
    {
        var lines = Minimal.Split('\n').ToList();
        lines.RemoveAt(line - 1);
        if (replacement is not null) lines.Insert(line - 1, replacement);
        return string.Join('\n', lines);
    }

    public static string Line(int line) => Minimal.Split('\n')[line - 1];

    public static IReadOnlyList<SopDefinitionError> ErrorsOf(string yaml) =>
        Should.Throw<SopDefinitionException>(() => SopDefinitionParser.Parse(yaml)).Errors;

    public static SopDefinition MinimalDefinition { get; } = SopDefinitionParser.Parse(Minimal);

    /// <summary>The minimal definition with every optional field filled.</summary>
    public static SopDefinition Full { get; } = MinimalDefinition with
    {
        Identitas = MinimalDefinition.Identitas with
        {
            Nomor = "100/050/01/2026",
            TanggalRevisi = "-",
            TanggalEfektif = "09 Januari 2026",
            DisahkanOleh = "Kepala Dinas Contoh",
            DasarHukum = ["Perpres 29/2014", "PermenPANRB 53/2014"],
        },
        Steps =
        [
            MinimalDefinition.Steps[0] with
            {
                MutuBaku = new MutuBaku("Format data kinerja", new WaktuBaku(2, WaktuUnit.HariKerja), "Draft"),
                Keterangan = "Lihat lampiran",
                Pelaksana = ["staf", "kasubag"],
                Lanjut = StepTarget.Step(2),
            },
            MinimalDefinition.Steps[1] with { Decision = new Decision(StepTarget.Selesai, StepTarget.Step(1)) },
        ],
        End = new SopEnd("kasubag"),
        JumlahWaktu = "2 Hari kerja 30 menit",
        LembarKerja = new LembarKerja
        {
            JenisKegiatan = "Rutin",
            PenanggungJawabProduk = "Kepala Dinas",
            PenanggungJawabKegiatan = "Kasubag Perencanaan",
            RuangLingkup = "Dinas Contoh",
            JudulKegiatan = "Pengumpulan Data Kinerja",
            LangkahAwal = "Membuat draft",
            LangkahUtama = "Memeriksa draft",
            LangkahAkhir = "Selesai",
            IdentifikasiLangkah = [new(TahapLangkah.Awal, 1, "Membuat draft"), new(TahapLangkah.Akhir, 2, "Memeriksa")],
        },
    };
}
