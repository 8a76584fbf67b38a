using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>
/// Pins the seeds' texts to their documents, so an edit that drifts from the source fails.
/// The typo fixes are the ones listed in docs/sop-seeds.md.
/// </summary>
public class SeedSopsTextTests
{
    private static SopDefinition Seed(string name) => SeedSops.Definition(name);

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "PERENCANAAN KINERJA", "100/050/ /Sek-BPBD/BLG/2024", "08 Januari 2024", "09 Januari 2024", null)]
    [InlineData(SeedSops.BpkpadBalangan, "SOP Mekanisme Pengumpulan Data Kinerja", "SOP – 01/BPKPAD", "02 Januari 2023", "02 Januari 2023", "Kepala Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah Kabupaten balangan")]
    [InlineData(SeedSops.PuprperkimBalangan, "Pengumpulan Data Kinerja", null, "18 Juli 2023", "26 Juli 2023", "RAHMADIAH, ST, MT Pembina Tingkat I, (IV/b) NIP. 19760309 200604 2 007")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "Pengumpulan Data Kinerja", null, "Mei 2023", null, "Kepala Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan Kabupaten Balangan")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "Mekanisme Pengumpulan Data Kinerja", "207/050/01/Bappeda & Litbang", "05 Februari 2020", null, "MOH. RAMLI TONGKO, S.Sos, ST., M.Si PEMBINA UTAMA MUDA, IV/c NIP. 19690815 199803 1 008")]
    public void Seed_Identity_IsTheDocuments(string name, string nama, string? nomor, string dibuat, string? efektif, string? disahkanOleh)
    {
        var i = Seed(name).Identitas;

        i.Nama.ShouldBe(nama);
        i.Nomor.ShouldBe(nomor);
        i.TanggalPembuatan.ShouldBe(dibuat);
        i.TanggalRevisi.ShouldBeNull();            // "-" or blank in all five
        i.TanggalEfektif.ShouldBe(efektif);
        i.DisahkanOleh.ShouldBe(disahkanOleh);
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, 3, 3, 3, 2)]
    [InlineData(SeedSops.BpkpadBalangan, 2, 3, 3, 4)]
    [InlineData(SeedSops.PuprperkimBalangan, 5, 3, 3, 9)]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, 6, 3, 2, 4)]
    [InlineData(SeedSops.BappedaLitbangBanggai, 6, 4, 3, 6)]
    public void Seed_IdentityLists_HaveTheDocumentsItemCounts(string name, int dasarHukum, int kualifikasi, int keterkaitan, int peralatan)
    {
        var i = Seed(name).Identitas;

        i.DasarHukum.Count.ShouldBe(dasarHukum);
        i.KualifikasiPelaksana.Count.ShouldBe(kualifikasi);
        i.Keterkaitan.Count.ShouldBe(keterkaitan);
        i.PeralatanPerlengkapan.Count.ShouldBe(peralatan);
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, 5, "Mensosialisasikan laporan kinerja triwulan kepada pejabat terkait")]
    [InlineData(SeedSops.BpbdBalangan, 6, "Merekap 2 (dua) laporan triwulan untuk menyusun laporan")]
    [InlineData(SeedSops.BpbdBalangan, 9, "Menyusun 2 (dua) Laporan semesteran menjadi laporan kinerja tahunan")]
    [InlineData(SeedSops.BpkpadBalangan, 1, "Mengumpulkan data laporan kinerja triwulan kepada subbag/seksi, OPD dan Instansi terkait")]
    [InlineData(SeedSops.BpkpadBalangan, 6, "Merekap 2 (dua) laporan triwulan untuk menyusun laporan semesteran")]
    [InlineData(SeedSops.PuprperkimBalangan, 1, "Membuat draft format data kinerja dan SK Pengumpulan Data Kinerja, surat pemberitahuan pengisian data")]
    [InlineData(SeedSops.PuprperkimBalangan, 3, "Memberi paraf pada format data kinerja dan SK Pengumpulan Data Kinerja, surat pemberitahuan pengisian data")]
    [InlineData(SeedSops.PuprperkimBalangan, 7, "Pengarsipan pengumpulan data kinerja")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, 1, "Mengumpulkan data laporan kinerja triwulan kepada subbag/seksi, OPD dan instansi terkait")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, 9, "Menyusun 2 (dua) laporan semesteran menjadi laporan kinerja tahunan")]
    [InlineData(SeedSops.BappedaLitbangBanggai, 1, "Perintah untuk melakukan pengumpulan data kinerja")]
    [InlineData(SeedSops.BappedaLitbangBanggai, 4, "Rapat Kabid dengan Subbid Data dan Jabatan Pelaksana untuk membahas pengisian format data kinerja")]
    [InlineData(SeedSops.BappedaLitbangBanggai, 9, "Jabatan Pelaksana Melakukan rekapitulasi data kinerja Badan sebagai bahan penyusunan laporan")]
    public void Seed_Kegiatan_IsTheDocuments(string name, int no, string kegiatan)
    {
        Seed(name).Step(no).Kegiatan.ShouldBe(kegiatan);
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, 3, "Disposisi Perjanjian Kinerja, Rencana Aksi, Laporan Progres Bulanan", "Draft Laporan Kinerja")]
    [InlineData(SeedSops.BpkpadBalangan, 2, "Disposisi, Rencana Aksi, PK", "Lembar Disposisi")]
    [InlineData(SeedSops.PuprperkimBalangan, 2, "draft format data kinerja, SK, surat sudah di printout", "koreksian format data kinerja, SK, surat pemberitahuan")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, 7, "Data laporan kinerja triwulan", "Lembar disposisi")]
    [InlineData(SeedSops.BappedaLitbangBanggai, 3, "Dokumen", "Dokumen Format data")]
    public void Seed_KelengkapanAndOutput_AreTheDocuments(string name, int no, string kelengkapan, string output)
    {
        var mutuBaku = Seed(name).Step(no).MutuBaku;

        mutuBaku.Kelengkapan.ShouldBe(kelengkapan);
        mutuBaku.Output.ShouldBe(output);
    }

    [Theory]
    [MemberData(nameof(SeedNamesTable))]
    public void Seed_EveryStep_HasKelengkapanAndOutput_AndNoKeterangan(string name)
    {
        // All five tables fill kelengkapan and output on every row and leave keterangan empty.
        Seed(name).Steps.ShouldAllBe(s => s.MutuBaku.Kelengkapan != null && s.MutuBaku.Output != null && s.Keterangan == null);
    }

    public static TheoryData<string> SeedNamesTable() => new(SeedSops.All.Keys);

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "pejabatata", "pejabat terkait")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "subba/", "subbag/seksi")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "Form at", "Dokumen Format data")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "Perencanaar", "Kasubag Perencanaan :")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "dan dan", "Kedudukan dan Susunan")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "<small>", "M.Si PEMBINA UTAMA MUDA")]
    public void Seed_ExtractionTypo_IsFixed(string name, string original, string fixedText)
    {
        SeedSops.All[name].ShouldNotContain(original);
        SeedSops.All[name].ShouldContain(fixedText);
    }

    [Fact]
    public void Banggai_LembarKerja_MarksStartMainAndEndSteps()
    {
        var lembar = Seed(SeedSops.BappedaLitbangBanggai).LembarKerja.ShouldNotBeNull();

        lembar.JenisKegiatan.ShouldBe("Rutin");
        lembar.PenanggungJawabProduk.ShouldBe("Kepala Bappeda dan Litbang");
        lembar.PenanggungJawabKegiatan.ShouldBe("Kasubbag Perencanaan Bappeda dan Litbang");
        lembar.RuangLingkup.ShouldBe("Bappeda dan Litbang Kab. Banggai");
        lembar.LangkahAwal.ShouldBe("Perintah untuk melakukan pengumpulan data kinerja");
        lembar.LangkahUtama.ShouldBeNull();
        lembar.LangkahAkhir.ShouldBe("Menyampaikan laporan hasil monitoring RENSTRA");
        lembar.IdentifikasiLangkah.Select(l => $"{l.No}:{l.Tahap}").ShouldBe(
            ["1:Awal", "2:Utama", "3:Utama", "4:Utama", "5:Utama", "6:Utama", "7:Utama", "8:Utama", "9:Akhir"]);
        lembar.IdentifikasiLangkah[0].Uraian.ShouldBe("Kepala Badan Memerintahkan untuk melakukan monitoring RENSTRA");
    }

    [Fact]
    public void OnlyBanggai_HasALembarKerja()
    {
        SeedSops.All.Keys.Where(n => Seed(n).LembarKerja is not null).ShouldBe([SeedSops.BappedaLitbangBanggai]);
    }
}
