namespace Kinerja.Web.Tests.Sop;

/// <summary>Small definitions for tests: a valid one with a unique name, and one with four classic mistakes.</summary>
public static class SopYamlSamples
{
    public static string Valid(string nama, string kegiatan2 = "Memberi paraf") => $$"""
        identitas:
          nama: {{nama}}
          instansi: Badan Uji Kabupaten Balangan
          nomor: SOP-UJI/01
          tanggal_pembuatan: 02 Januari 2026
          tanggal_efektif: 05 Januari 2026
          dasar_hukum: [Peraturan Presiden Nomor 29 Tahun 2014]
          kualifikasi_pelaksana: [Memahami SAKIP]
          keterkaitan: [SOP Penyusunan Laporan Kinerja]
          peralatan_perlengkapan: [Komputer, ATK]
          peringatan: Pelaporan terhambat bila langkah dilewati
          pencatatan_pendataan: Disimpan dalam bentuk softcopy dan hardcopy
        pelaksana:
          - { id: staf, judul: Staf, peran: Pelaksana }
          - { id: kasubag, judul: Kasubag Perencanaan, peran: KasubagPerencanaan }
          - { id: kadis, judul: Kepala Dinas, peran: Kepala }
        langkah:
          - nomor: 1
            kegiatan: Membuat draft format data kinerja
            pelaksana: [staf]
            waktu: { value: 5, unit: hari kerja }
          - nomor: 2
            kegiatan: {{kegiatan2}}
            pelaksana: [kasubag]
            waktu: { value: 10, unit: menit }
            ya: 3
            tidak: 1
          - nomor: 3
            kegiatan: Menandatangani
            pelaksana: [kadis]
            waktu: { value: 10, unit: menit }
        mulai:
          langkah: 1
        """;

    /// <summary>Line 19: step number 1 again; 21: unknown actor; 22: negative time; 23: a decision with only 'ya'.</summary>
    public const string FourMistakes = """
        identitas:
          nama: SOP salah
          instansi: Badan Uji Kabupaten Balangan
          tanggal_pembuatan: 02 Januari 2026
          dasar_hukum: [Peraturan Presiden Nomor 29 Tahun 2014]
          kualifikasi_pelaksana: [Memahami SAKIP]
          keterkaitan: [SOP Penyusunan Laporan Kinerja]
          peralatan_perlengkapan: [Komputer, ATK]
          peringatan: Pelaporan terhambat bila langkah dilewati
          pencatatan_pendataan: Disimpan dalam bentuk softcopy dan hardcopy
        pelaksana:
          - { id: staf, judul: Staf, peran: Pelaksana }
          - { id: kasubag, judul: Kasubag Perencanaan, peran: KasubagPerencanaan }
        langkah:
          - nomor: 1
            kegiatan: Membuat draft
            pelaksana: [staf]
            waktu: { value: 5, unit: hari kerja }
          - nomor: 1
            kegiatan: Mengoreksi
            pelaksana: [kabag]
            waktu: { value: -5, unit: menit }
          - nomor: 3
            kegiatan: Memberi paraf
            pelaksana: [kasubag]
            waktu: { value: 10, unit: menit }
            ya: 1
        """;
}
