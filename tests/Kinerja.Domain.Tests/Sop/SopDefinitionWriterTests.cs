using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

public class SopDefinitionWriterTests
{
    private static readonly SopDefinition Minimal = SopDefinitionParser.Parse(SopYaml.Minimal);

    [Fact]
    public void Write_Minimal_GivesTheCanonicalText()
    {
        SopDefinitionWriter.Write(Minimal).ShouldBe("""
            identitas:
              nama: Pengumpulan Data Kinerja
              instansi: Dinas Contoh Kabupaten Contoh
              tanggal_pembuatan: 02 Januari 2026
              dasar_hukum:
                - Peraturan Presiden Nomor 29 Tahun 2014
              kualifikasi_pelaksana:
                - Memiliki kemampuan pengolahan data
              keterkaitan:
                - SOP Surat Masuk
              peralatan_perlengkapan:
                - Komputer
              peringatan: Pelaporan akan terhambat
              pencatatan_pendataan: Disimpan dalam bentuk softcopy dan hardcopy
            pelaksana:
              - id: kasubag
                judul: Kasubag Perencanaan
                peran: KasubagPerencanaan
              - id: staf
                judul: Staf
                peran: Pelaksana
            langkah:
              - nomor: 1
                kegiatan: Membuat draft format data kinerja
                pelaksana: [staf]
                waktu: {value: 2, unit: hari kerja}
              - nomor: 2
                kegiatan: Memeriksa draft
                pelaksana: [kasubag]
                waktu: {value: 30, unit: menit}
                ya: selesai
                tidak: 1
            mulai:
              langkah: 1
              pelaksana: staf

            """);
    }

    [Fact]
    public void RoundTrip_EveryOptionalField_IsKept()
    {
        var full = SopYaml.Full;

        SopDefinitionParser.Parse(SopDefinitionWriter.Write(full)).ShouldBe(full);
    }

    [Fact]
    public void RoundTrip_EmptyLembarKerja_StaysEmpty()
    {
        var definition = Minimal with { LembarKerja = new LembarKerja() };

        SopDefinitionParser.Parse(SopDefinitionWriter.Write(definition)).ShouldBe(definition);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("NULL")]
    [InlineData("~")]
    [InlineData("-")]
    [InlineData("- butir")]
    [InlineData("kunci: nilai")]
    [InlineData("#bukan komentar")]
    [InlineData("a #b")]
    [InlineData(" spasi di depan")]
    [InlineData("spasi di belakang ")]
    [InlineData("dua\nbaris")]
    [InlineData("akhir baris\n")]
    [InlineData("\n\nbaris kosong di depan")]
    [InlineData("  menjorok\nbaris")]
    [InlineData("spasi di akhir baris  \nberikutnya")]
    [InlineData("windows\r\nbaris")]
    [InlineData("tab\tdi tengah")]
    [InlineData("it's")]
    [InlineData("\"kutip\"")]
    [InlineData("[kurung]")]
    [InlineData("{kurawal}")]
    [InlineData("yes")]
    [InlineData("123")]
    [InlineData("1.5")]
    [InlineData("@x")]
    [InlineData("%x")]
    [InlineData("&x")]
    [InlineData("*x")]
    [InlineData("!x")]
    [InlineData("|x")]
    [InlineData(">x")]
    [InlineData("`x")]
    [InlineData("? x")]
    [InlineData("SOP – 01/BPKPAD")]
    [InlineData("Bappeda & Litbang, Kab. Banggai")]
    [InlineData("é ü 中文 ✓")]
    public void RoundTrip_AnyText_ComesBackExactly(string text)
    {
        var definition = Minimal with
        {
            Identitas = Minimal.Identitas with { Nomor = text, DasarHukum = ["x", text.Trim().Length == 0 ? "x" : text] },
            Steps = [Minimal.Steps[0] with { Keterangan = text, MutuBaku = Minimal.Steps[0].MutuBaku with { Output = text } }, Minimal.Steps[1]],
            JumlahWaktu = text,
        };

        SopDefinitionParser.Parse(SopDefinitionWriter.Write(definition)).ShouldBe(definition);
    }

    [Fact]
    public void RoundTrip_LongText_StaysOnOneLine()
    {
        var kegiatan = string.Join(' ', Enumerable.Repeat("Mengumpulkan data laporan kinerja triwulan", 10));
        var definition = Minimal with { Steps = [Minimal.Steps[0] with { Kegiatan = kegiatan }, Minimal.Steps[1]] };

        var written = SopDefinitionWriter.Write(definition);

        written.ShouldContain($"    kegiatan: {kegiatan}\n");
        SopDefinitionParser.Parse(written).ShouldBe(definition);
    }

    [Theory]
    [InlineData(SopRole.Kepala)]
    [InlineData(SopRole.KepalaSeksi)]
    [InlineData(SopRole.AdminPemda)]
    public void Write_Peran_IsTheEnumName(SopRole role)
    {
        var definition = Minimal with { Pelaksana = [new Pelaksana("kasubag", "Kasubag", role), Minimal.Pelaksana[1]] };

        var written = SopDefinitionWriter.Write(definition);

        written.ShouldContain($"    peran: {role}\n");
        SopDefinitionParser.Parse(written).ShouldBe(definition);
    }

    // Other YAML tools (YAML 1.1, e.g. PyYAML) would type these plain words; written quoted,
    // they stay text for every reader.
    [Theory]
    [InlineData("no")]
    [InlineData("Yes")]
    [InlineData("off")]
    [InlineData("y")]
    [InlineData("01")]
    [InlineData("1_000")]
    [InlineData("-3")]
    [InlineData("1e5")]
    [InlineData(".5")]
    [InlineData(".inf")]
    [InlineData(".NaN")]
    [InlineData("0x1F")]
    [InlineData("1:30")]
    [InlineData("2026-01-08")]
    [InlineData("<<")]
    [InlineData("=")]
    public void Write_TextThatLooksTyped_IsQuoted(string text)
    {
        var definition = Minimal with { JumlahWaktu = text };

        var written = SopDefinitionWriter.Write(definition);

        written.ShouldContain($"jumlah_waktu: \"{text}\"\n");
        SopDefinitionParser.Parse(written).ShouldBe(definition);
    }

    [Theory]
    [InlineData("Rutin")]
    [InlineData("15 menit")]
    [InlineData("100/050/01/2026")]
    [InlineData("ya")]
    [InlineData("tidak")]
    public void Write_OrdinaryText_StaysPlain(string text)
    {
        SopDefinitionWriter.Write(Minimal with { JumlahWaktu = text }).ShouldContain($"jumlah_waktu: {text}\n");
    }
}
