using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

public class SopDefinitionParserTests
{
    private static readonly SopDefinition Minimal = SopDefinitionParser.Parse(SopYaml.Minimal);

    [Fact]
    public void Parse_Minimal_ReadsTheIdentityBlock()
    {
        var i = Minimal.Identitas;

        i.Nama.ShouldBe("Pengumpulan Data Kinerja");
        i.Instansi.ShouldBe("Dinas Contoh Kabupaten Contoh");
        i.TanggalPembuatan.ShouldBe("02 Januari 2026");
        i.DasarHukum.ShouldBe(["Peraturan Presiden Nomor 29 Tahun 2014"]);
        i.KualifikasiPelaksana.ShouldBe(["Memiliki kemampuan pengolahan data"]);
        i.Keterkaitan.ShouldBe(["SOP Surat Masuk"]);
        i.PeralatanPerlengkapan.ShouldBe(["Komputer"]);
        i.Peringatan.ShouldBe("Pelaporan akan terhambat");
        i.PencatatanPendataan.ShouldBe("Disimpan dalam bentuk softcopy dan hardcopy");
    }

    [Fact]
    public void Parse_Minimal_OptionalFieldsAbsent_AreNull()
    {
        Minimal.Identitas.Nomor.ShouldBeNull();
        Minimal.Identitas.TanggalRevisi.ShouldBeNull();
        Minimal.Identitas.TanggalEfektif.ShouldBeNull();
        Minimal.Identitas.DisahkanOleh.ShouldBeNull();
        Minimal.Steps[0].MutuBaku.Kelengkapan.ShouldBeNull();
        Minimal.Steps[0].MutuBaku.Output.ShouldBeNull();
        Minimal.Steps[0].Keterangan.ShouldBeNull();
        Minimal.End.PelaksanaId.ShouldBeNull();
        Minimal.JumlahWaktu.ShouldBeNull();
        Minimal.LembarKerja.ShouldBeNull();
    }

    [Fact]
    public void Parse_Minimal_ReadsActorsStepsAndFlow()
    {
        Minimal.Pelaksana.ShouldBe(
        [
            new Pelaksana("kasubag", "Kasubag Perencanaan", SopRole.KasubagPerencanaan),
            new Pelaksana("staf", "Staf", SopRole.Pelaksana),
        ]);
        Minimal.Steps.Count.ShouldBe(2);
        Minimal.Steps[0].ShouldBe(new SopStep(1, "Membuat draft format data kinerja", ["staf"],
            new MutuBaku(null, new WaktuBaku(2, WaktuUnit.HariKerja), null)));
        Minimal.Steps[1].Decision.ShouldBe(new Decision(StepTarget.Selesai, StepTarget.Step(1)));
        Minimal.Start.ShouldBe(new SopStart(1, "staf"));
    }

    [Fact]
    public void Parse_AllOptionalFields_AreRead()
    {
        var yaml = SopYaml.Minimal
            .Replace("  tanggal_pembuatan: 02 Januari 2026\n", """
                  nomor: 100/050/01/2026
                  tanggal_pembuatan: 02 Januari 2026
                  tanggal_revisi: 03 Januari 2026
                  tanggal_efektif: 04 Januari 2026
                  disahkan_oleh: Kepala Dinas

                """)
            .Replace("    waktu: { value: 2, unit: hari kerja }\n", """
                    kelengkapan: Format data kinerja
                    waktu: { value: 2, unit: hari kerja }
                    output: Draft format
                    keterangan: Dikirim lewat surel

                """)
            + "selesai:\n  pelaksana: kasubag\njumlah_waktu: 2 Hari kerja 30 menit\n";

        var d = SopDefinitionParser.Parse(yaml);

        d.Identitas.Nomor.ShouldBe("100/050/01/2026");
        d.Identitas.TanggalRevisi.ShouldBe("03 Januari 2026");
        d.Identitas.TanggalEfektif.ShouldBe("04 Januari 2026");
        d.Identitas.DisahkanOleh.ShouldBe("Kepala Dinas");
        d.Steps[0].MutuBaku.ShouldBe(new MutuBaku("Format data kinerja", new WaktuBaku(2, WaktuUnit.HariKerja), "Draft format"));
        d.Steps[0].Keterangan.ShouldBe("Dikirim lewat surel");
        d.End.ShouldBe(new SopEnd("kasubag"));
        d.JumlahWaktu.ShouldBe("2 Hari kerja 30 menit");
    }

    [Theory]
    [InlineData("menit", WaktuUnit.Menit)]
    [InlineData("MENIT", WaktuUnit.Menit)]
    [InlineData("jam", WaktuUnit.Jam)]
    [InlineData("Jam", WaktuUnit.Jam)]
    [InlineData("hari", WaktuUnit.Hari)]
    [InlineData("Hari", WaktuUnit.Hari)]
    [InlineData("hari kerja", WaktuUnit.HariKerja)]
    [InlineData("Hari Kerja", WaktuUnit.HariKerja)]
    [InlineData("hari   kerja", WaktuUnit.HariKerja)]
    public void Parse_WaktuUnit_AcceptsItsSpellings(string unit, WaktuUnit expected)
    {
        var yaml = SopYaml.WithLine(18, $"    waktu: {{ value: 2, unit: {unit} }}");

        SopDefinitionParser.Parse(yaml).Steps[0].MutuBaku.Waktu.ShouldBe(new WaktuBaku(2, expected));
    }

    [Theory]
    [InlineData("Kepala Bidang", SopRole.KepalaBidang)]
    [InlineData("kepalabidang", SopRole.KepalaBidang)]
    [InlineData("Pelaksana / Fungsional", SopRole.Pelaksana)]
    public void Parse_Peran_AcceptsTheRoleNameOrLabel(string peran, SopRole expected)
    {
        var yaml = SopYaml.WithLine(13, $"  - {{ id: staf, judul: Staf, peran: {peran} }}");

        SopDefinitionParser.Parse(yaml).PelaksanaOf("staf").Peran.ShouldBe(expected);
    }

    [Fact]
    public void Parse_PelaksanaAsSingleText_IsAListOfOne()
    {
        var yaml = SopYaml.WithLine(17, "    pelaksana: staf");

        SopDefinitionParser.Parse(yaml).Steps[0].Pelaksana.ShouldBe(["staf"]);
    }

    [Fact]
    public void Parse_SeveralPelaksana_KeepTheirOrder()
    {
        var yaml = SopYaml.WithLine(17, "    pelaksana: [staf, kasubag]");

        SopDefinitionParser.Parse(yaml).Steps[0].Pelaksana.ShouldBe(["staf", "kasubag"]);
    }

    [Fact]
    public void Parse_WithoutMulai_StartsAtTheLowestStepNumber()
    {
        var yaml = SopYaml.Minimal.Replace("mulai:\n  langkah: 1\n  pelaksana: staf\n", "");

        SopDefinitionParser.Parse(yaml).Start.ShouldBe(new SopStart(1, null));
    }

    [Fact]
    public void Parse_MultiLineText_KeepsItsLines()
    {
        var yaml = SopYaml.WithLine(10, "  pencatatan_pendataan: |-\n    1. Kepala OPD : tanda tangan\n    2. Sekretaris : paraf");

        SopDefinitionParser.Parse(yaml).Identitas.PencatatanPendataan.ShouldBe("1. Kepala OPD : tanda tangan\n2. Sekretaris : paraf");
    }

    [Theory]
    [InlineData("    keterangan: ''", "")]
    [InlineData("    keterangan: \"null\"", "null")]
    [InlineData("    keterangan: '~'", "~")]
    [InlineData("    keterangan:", null)]
    [InlineData("    keterangan: ~", null)]
    [InlineData("    keterangan: null", null)]
    public void Parse_QuotedEmptyOrNullWord_IsText_PlainIsAbsent(string line, string? expected)
    {
        var yaml = SopYaml.WithLine(18, SopYaml.Line(18) + "\n" + line);

        SopDefinitionParser.Parse(yaml).Steps[0].Keterangan.ShouldBe(expected);
    }

    [Fact]
    public void Parse_CommentsAndBlankLines_AreIgnored()
    {
        var yaml = "# SOP contoh\n\n" + SopYaml.Minimal.Replace("langkah:\n", "# langkah-langkah\nlangkah:\n");

        SopDefinitionParser.Parse(yaml).ShouldBe(Minimal);
    }

    [Fact]
    public void Step_And_PelaksanaOf_UnknownKey_AreRefusedInIndonesian()
    {
        Should.Throw<DomainException>(() => Minimal.Step(9)).Message.ShouldBe("Langkah 9 tidak ada.");
        Should.Throw<DomainException>(() => Minimal.PelaksanaOf("kadis")).Message.ShouldBe("Pelaksana 'kadis' tidak ada.");
    }

    [Fact]
    public void NextOf_Minimal_FollowsNumbersAndBranches()
    {
        Minimal.NextOf(Minimal.Step(1)).ShouldBe([StepTarget.Step(2)]);
        Minimal.NextOf(Minimal.Step(2)).ShouldBe([StepTarget.Selesai, StepTarget.Step(1)]);
        Minimal.Step(2).IsDecision.ShouldBeTrue();
        StepTarget.Selesai.ToString().ShouldBe("selesai");
        StepTarget.Step(12).ToString().ShouldBe("12");
    }
}
