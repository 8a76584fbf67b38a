using Kinerja.Domain.Laporan;

namespace Kinerja.Domain.Tests.Laporan;

public class LaporanIsiTests
{
    internal static LaporanIsi Sample(decimal realisasi = 35m, string? narasi = null) => new(
        JenisLaporan.Triwulan, 2029, "TW2", "Triwulan II 2029", "Laporan Kinerja Triwulan II 2029",
        "Kabupaten Balangan", "BPBD", new LaporanKop("PEMERINTAH KABUPATEN BALANGAN", "BPBD", "Jl. A. Yani", [1, 2, 3], "image/png"),
        1, "", false, null,
        [
            new LaporanBab("bab1", "BAB I PENDAHULUAN", 1, [new LaporanParagraf("Laporan ini …"), new LaporanSuntingan("bab1.latar", "Latar belakang", "Tulis latar belakang.", narasi)]),
            new LaporanBab("bab2", "BAB II CAPAIAN", 1,
            [
                new LaporanTabel("t1", "Tabel 2.1", [new LaporanKolom("Indikator"), new LaporanKolom("Realisasi", true)],
                    [new LaporanBaris([new LaporanSel("IK 1"), new LaporanSel(realisasi.ToString(), realisasi)])]),
                new LaporanGrafik("g1", "Grafik", ["TW I", "TW II"], [new LaporanSeri("Realisasi", [18m, null])]),
            ]),
        ],
        new LaporanTandaTangan("Paringin", new DateOnly(2029, 7, 10), "Kepala Pelaksana", "Budi", "1970"),
        [new LaporanSkala("Sangat Tinggi", 91m, null, "#1B5E20")]);

    [Fact]
    public void TheJsonSnapshot_GivesBackTheSameContent_WithEveryKindOfBlock()
    {
        var isi = Sample(narasi: "Ditulis oleh Kasubag.");
        var back = LaporanSidikJari.FromJson(LaporanSidikJari.ToJson(isi));
        LaporanSidikJari.ToJson(back).ShouldBe(LaporanSidikJari.ToJson(isi));
        back.Bab[1].Isi[0].ShouldBeOfType<LaporanTabel>().Baris[0].Sel[1].Nilai.ShouldBe(35m);
        back.Bab[1].Isi[1].ShouldBeOfType<LaporanGrafik>().Seri[0].Nilai.ShouldBe([18m, null]);
        back.Suntingan.Single().Teks.ShouldBe("Ditulis oleh Kasubag.");
    }

    [Fact]
    public void TheFingerprint_MovesWithAFigure_ButNotWithANarrativeTheVersionOrTheLogo()
    {
        var a = LaporanSidikJari.Of(Sample());
        a.Length.ShouldBe(64);
        LaporanSidikJari.Of(Sample()).ShouldBe(a);
        LaporanSidikJari.Of(Sample(narasi: "Teks baru")).ShouldBe(a);
        LaporanSidikJari.Of(Sample() with { Versi = 3, Draf = true, Kop = Sample().Kop with { Logo = [9] } }).ShouldBe(a);
        LaporanSidikJari.Of(Sample(realisasi: 36m)).ShouldNotBe(a);
        LaporanSidikJari.Pendek(a).Length.ShouldBe(12);
    }

    [Fact]
    public void WithTeks_FillsOnlyTheNamedParts()
    {
        var isi = Sample().WithTeks(new Dictionary<string, string> { ["bab1.latar"] = "Latar", ["lain"] = "x" });
        isi.Suntingan.Single().Teks.ShouldBe("Latar");
        isi.Tabel.Single().Kunci.ShouldBe("t1");
    }
}
