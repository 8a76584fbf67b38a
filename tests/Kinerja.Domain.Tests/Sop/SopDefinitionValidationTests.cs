using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>
/// Every validation rule, each on the minimal definition with one change, and the exact error:
/// its line, the field in words and the Indonesian message. Each case must give exactly one
/// error, which also proves a mistake is not reported twice through its consequences.
/// </summary>
public class SopDefinitionValidationTests
{
    private static string L(int line) => SopYaml.Line(line);

    private static string IdentitasBlock => string.Concat(Enumerable.Range(1, 10).Select(n => L(n) + "\n"));

    public static TheoryData<string, string, string, int, string, string> SingleErrorCases() => new()
    {
        // ---- pelaksana of a step ----
        { "unknown actor", L(17), "    pelaksana: [kabag]", 17, "langkah 1, kolom pelaksana", "pelaksana 'kabag' tidak dikenal" },
        { "actor twice", L(17), "    pelaksana: [staf, staf]", 17, "langkah 1, kolom pelaksana", "pelaksana 'staf' ditulis lebih dari sekali" },
        { "empty actor list", L(17), "    pelaksana: []", 17, "langkah 1, kolom pelaksana", "wajib diisi, minimal satu butir" },
        { "no actor", L(17) + "\n", "", 15, "langkah 1, kolom pelaksana", "wajib diisi, minimal satu butir" },
        // ---- waktu ----
        { "negative time", L(18), "    waktu: { value: -5, unit: hari kerja }", 18, "langkah 1, kolom waktu.value", "waktu tidak boleh negatif (tertulis -5)" },
        { "time in words", L(18), "    waktu: { value: dua, unit: hari kerja }", 18, "langkah 1, kolom waktu.value", "'dua' bukan bilangan bulat" },
        { "fractional time", L(18), "    waktu: { value: 1.5, unit: hari kerja }", 18, "langkah 1, kolom waktu.value", "'1.5' bukan bilangan bulat" },
        { "unit inside value", L(18), "    waktu: { value: 15 menit, unit: menit }", 18, "langkah 1, kolom waktu.value", "'15 menit' bukan bilangan bulat" },
        { "unknown unit", L(18), "    waktu: { value: 2, unit: detik }", 18, "langkah 1, kolom waktu.unit", "satuan 'detik' tidak dikenal (pilihan: menit, jam, hari, hari kerja)" },
        { "no unit", L(18), "    waktu: { value: 2 }", 18, "langkah 1, kolom waktu.unit", "wajib diisi" },
        { "no value", L(18), "    waktu: { unit: menit }", 18, "langkah 1, kolom waktu.value", "wajib diisi" },
        { "time as text", L(18), "    waktu: 2 hari kerja", 18, "langkah 1, kolom waktu", "harus berupa pemetaan (kunci: nilai)" },
        { "no time", L(18) + "\n", "", 15, "langkah 1, kolom waktu", "wajib diisi" },
        { "unknown key in time", L(18), "    waktu: { value: 2, unit: jam, satuan: jam }", 18, "langkah 1, kolom waktu.satuan", "kolom 'waktu.satuan' tidak dikenal" },
        // ---- step numbers and texts ----
        { "duplicate step number", L(19), "  - nomor: 1", 19, "langkah 1, kolom nomor", "nomor langkah 1 sudah dipakai di baris 15" },
        { "step number zero", L(19), "  - nomor: 0", 19, "langkah ke-2, kolom nomor", "nomor langkah harus lebih dari 0 (tertulis 0)" },
        { "negative step number", L(19), "  - nomor: -2", 19, "langkah ke-2, kolom nomor", "nomor langkah harus lebih dari 0 (tertulis -2)" },
        { "step number in words", L(19), "  - nomor: dua", 19, "langkah ke-2, kolom nomor", "'dua' bukan bilangan bulat" },
        { "no step number", L(19), "  -", 20, "langkah ke-2, kolom nomor", "wajib diisi" },
        { "no kegiatan", L(16) + "\n", "", 15, "langkah 1, kolom kegiatan", "wajib diisi" },
        { "empty kegiatan", L(16), "    kegiatan: ''", 16, "langkah 1, kolom kegiatan", "wajib diisi" },
        { "misspelt key", L(18), L(18) + "\n    kelengkapn: Format data", 19, "langkah 1, kolom kelengkapn", "kolom 'kelengkapn' tidak dikenal" },
        { "step as text", L(19), "  - Memeriksa draft\n  - nomor: 2", 19, "kolom langkah", "harus berupa pemetaan (kunci: nilai)" },
        // ---- decisions and targets ----
        { "decision without tidak", L(24) + "\n", "", 19, "langkah 2, kolom tidak", "langkah keputusan harus punya cabang ya dan tidak; cabang 'tidak' belum diisi" },
        { "decision without ya", L(23) + "\n", "", 19, "langkah 2, kolom ya", "langkah keputusan harus punya cabang ya dan tidak; cabang 'ya' belum diisi" },
        { "branch to unknown step", L(24), "    tidak: 7", 24, "langkah 2, kolom tidak", "langkah tujuan 7 tidak ada" },
        { "branch in words", L(24), "    tidak: kembali", 24, "langkah 2, kolom tidak", "'kembali' bukan nomor langkah atau 'selesai'" },
        { "branch to zero", L(24), "    tidak: 0", 24, "langkah 2, kolom tidak", "'0' bukan nomor langkah atau 'selesai'" },
        { "ya to unknown step", L(23), "    ya: 3", 23, "langkah 2, kolom ya", "langkah tujuan 3 tidak ada" },
        { "decision with lanjut", L(24), L(24) + "\n    lanjut: selesai", 25, "langkah 2, kolom lanjut", "langkah keputusan tidak memakai lanjut; arahnya ditentukan cabang ya dan tidak" },
        { "lanjut to unknown step", L(18), L(18) + "\n    lanjut: 9", 19, "langkah 1, kolom lanjut", "langkah tujuan 9 tidak ada" },
        { "step never reached", L(18), L(18) + "\n    lanjut: selesai", 20, "langkah 2", "tidak pernah dicapai dari langkah mulai (1)" },
        // ---- identitas ----
        { "no nama", L(2) + "\n", "", 1, "kolom identitas.nama", "wajib diisi" },
        { "no instansi", L(3) + "\n", "", 1, "kolom identitas.instansi", "wajib diisi" },
        { "no tanggal pembuatan", L(4) + "\n", "", 1, "kolom identitas.tanggal_pembuatan", "wajib diisi" },
        { "no dasar hukum", L(5) + "\n", "", 1, "kolom identitas.dasar_hukum", "wajib diisi, minimal satu butir" },
        { "no kualifikasi", L(6) + "\n", "", 1, "kolom identitas.kualifikasi_pelaksana", "wajib diisi, minimal satu butir" },
        { "no keterkaitan", L(7) + "\n", "", 1, "kolom identitas.keterkaitan", "wajib diisi, minimal satu butir" },
        { "no peralatan", L(8) + "\n", "", 1, "kolom identitas.peralatan_perlengkapan", "wajib diisi, minimal satu butir" },
        { "no peringatan", L(9) + "\n", "", 1, "kolom identitas.peringatan", "wajib diisi" },
        { "no pencatatan", L(10) + "\n", "", 1, "kolom identitas.pencatatan_pendataan", "wajib diisi" },
        { "empty nama", L(2), "  nama: ''", 2, "kolom identitas.nama", "wajib diisi" },
        { "blank nama", L(2), "  nama:", 2, "kolom identitas.nama", "wajib diisi" },
        { "nama as list", L(2), "  nama: [Pengumpulan, Data]", 2, "kolom identitas.nama", "harus berupa teks" },
        { "empty dasar hukum", L(5), "  dasar_hukum: []", 5, "kolom identitas.dasar_hukum", "wajib diisi, minimal satu butir" },
        { "blank dasar hukum item", L(5), "  dasar_hukum: [Perpres 29/2014, '']", 5, "kolom identitas.dasar_hukum", "butir ke-2 harus berupa teks yang tidak kosong" },
        { "unknown identitas key", L(2), L(2) + "\n  judul: SOP", 3, "kolom identitas.judul", "kolom 'identitas.judul' tidak dikenal" },
        { "no identitas", IdentitasBlock, "", 1, "kolom identitas", "wajib diisi" },
        // ---- pelaksana columns ----
        { "unknown peran", L(13), "  - { id: staf, judul: Staf, peran: Bupati }", 13, "pelaksana 'staf', kolom peran", "peran 'Bupati' tidak dikenal (pilihan: Kepala, Sekretaris, KepalaBidang, KasubagPerencanaan, KepalaSeksi, Pelaksana, AdminOpd, AdminPemda)" },
        { "duplicate actor id", L(13), L(13) + "\n  - { id: staf, judul: Staf lain, peran: Pelaksana }", 14, "pelaksana 'staf', kolom id", "id 'staf' sudah dipakai pelaksana lain" },
        { "actor id with spaces", L(13), L(13) + "\n  - { id: Kepala Dinas, judul: Kepala, peran: Kepala }", 14, "pelaksana ke-3, kolom id", "id 'Kepala Dinas' hanya boleh berisi huruf kecil, angka, '-' dan '_', diawali huruf" },
        { "actor without judul", L(13), L(13) + "\n  - { id: kadis, peran: Kepala }", 14, "pelaksana 'kadis', kolom judul", "wajib diisi" },
        { "actor without peran", L(13), L(13) + "\n  - { id: kadis, judul: Kepala Dinas }", 14, "pelaksana 'kadis', kolom peran", "wajib diisi" },
        // ---- mulai and selesai ----
        { "start at unknown step", L(26), "  langkah: 5", 26, "kolom mulai.langkah", "langkah 5 tidak ada" },
        { "start held by unknown actor", L(27), "  pelaksana: kadis", 27, "kolom mulai.pelaksana", "pelaksana 'kadis' tidak dikenal" },
        { "start held by another actor", L(27), "  pelaksana: kasubag", 27, "kolom mulai.pelaksana", "pelaksana 'kasubag' memegang Mulai tetapi bukan pelaksana langkah 1" },
        { "end held by unknown actor", L(27), L(27) + "\nselesai:\n  pelaksana: kadis", 29, "kolom selesai.pelaksana", "pelaksana 'kadis' tidak dikenal" },
        { "unknown top-level key", L(27), L(27) + "\nversi: 2", 28, "kolom versi", "kolom 'versi' tidak dikenal" },
        // ---- lembar kerja ----
        { "unknown tahap", L(27), L(27) + "\nlembar_kerja:\n  identifikasi_langkah:\n    - { tahap: tengah, langkah: 1, uraian: Membuat draft }", 30, "identifikasi langkah ke-1, kolom tahap", "tahap 'tengah' tidak dikenal (pilihan: awal, utama, akhir)" },
        { "lembar kerja names unknown step", L(27), L(27) + "\nlembar_kerja:\n  identifikasi_langkah:\n    - { tahap: awal, langkah: 9, uraian: Membuat draft }", 30, "identifikasi langkah ke-1, kolom langkah", "langkah 9 tidak ada" },
        { "unknown lembar kerja key", L(27), L(27) + "\nlembar_kerja:\n  pemilik: Kasubag", 29, "kolom lembar_kerja.pemilik", "kolom 'lembar_kerja.pemilik' tidak dikenal" },
        // ---- the text as a whole ----
        { "duplicate key", L(16), L(16) + "\n    kegiatan: Lagi", 17, "YAML", "kolom 'kegiatan' ditulis lebih dari sekali" },
    };

    [Theory]
    [MemberData(nameof(SingleErrorCases))]
    public void Parse_OneMistake_GivesExactlyThatError(string mistake, string find, string replace, int line, string field, string message)
    {
        SopYaml.Minimal.ShouldContain(find, customMessage: mistake);
        var yaml = ReplaceFirst(SopYaml.Minimal, find, replace);

        var error = SopYaml.ErrorsOf(yaml).ShouldHaveSingleItem(mistake);

        error.ShouldBe(new SopDefinitionError(line, field, message), mistake);
    }

    [Fact]
    public void Error_ReadsAsLineThenFieldThenMessage()
    {
        new SopDefinitionError(42, "langkah 7, kolom pelaksana", "pelaksana 'kabag' tidak dikenal").ToString()
            .ShouldBe("Baris 42, langkah 7, kolom pelaksana: pelaksana 'kabag' tidak dikenal");
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
