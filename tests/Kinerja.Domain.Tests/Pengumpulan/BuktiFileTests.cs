using System.IO.Compression;
using System.Text;
using Kinerja.Domain.Pengumpulan;

namespace Kinerja.Domain.Tests.Pengumpulan;

/// <summary>The evidence detector: the type comes from the bytes; the name must agree; broken or dangerous files are refused with a reason.</summary>
public class BuktiFileTests
{
    private const long Max = 10 * 1024 * 1024;

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png()
    {
        var b = new List<byte> { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };
        b.AddRange([0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE]);
        b.AddRange([0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82]);
        return b.ToArray();
    }

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    private static readonly byte[] Xml = "<x/>"u8.ToArray();
    public static byte[] Xlsx() => Zip(("[Content_Types].xml", Xml), ("xl/workbook.xml", Xml));
    public static byte[] Docx() => Zip(("[Content_Types].xml", Xml), ("word/document.xml", Xml));

    public static TheoryData<string, string, JenisBukti, string> Accepted => new()
    {
        { "pdf", "Laporan TW III.pdf", JenisBukti.Pdf, "application/pdf" },
        { "pdf", "LAPORAN.PDF", JenisBukti.Pdf, "application/pdf" },
        { "png", "foto kegiatan.png", JenisBukti.Png, "image/png" },
        { "jpeg", "foto.jpg", JenisBukti.Jpeg, "image/jpeg" },
        { "jpeg", "foto.JPEG", JenisBukti.Jpeg, "image/jpeg" },
        { "xlsx", "rekap.xlsx", JenisBukti.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "docx", "notulen.docx", JenisBukti.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "pdf", "C:\\Users\\staf\\Dokumen\\bukti.pdf", JenisBukti.Pdf, "application/pdf" },
    };

    private static byte[] Sample(string kind) => kind switch
    {
        "pdf" => Pdf(), "png" => Png(), "jpeg" => Jpeg(), "xlsx" => Xlsx(), "docx" => Docx(), _ => throw new ArgumentException(kind),
    };

    [Theory, MemberData(nameof(Accepted))]
    public void AWellFormedFile_IsRecognisedFromItsBytes(string kind, string name, JenisBukti jenis, string contentType)
    {
        var type = BuktiFile.Detect(name, Sample(kind), Max);
        (type.Jenis, type.ContentType).ShouldBe((jenis, contentType));
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "kosong.pdf", [], "Berkas kosong (0 byte)" },
        { "setup.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0], "program atau skrip yang dapat dijalankan" },
        { "foto.jpg", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0], "program atau skrip yang dapat dijalankan" },
        { "skrip.docx", "#!/bin/sh\nrm -rf /\n"u8.ToArray(), "program atau skrip yang dapat dijalankan" },
        { "terpotong.pdf", Pdf()[..40], "penanda akhir %%EOF tidak ada" },
        { "kepala.pdf", "%PDF-x\n%%EOF"u8.ToArray(), "kepala berkas tidak lengkap" },
        { "rusak.png", Png()[..30], "Berkas PNG rusak" },
        { "tanpa-ihdr.png", [.. Png()[..12], (byte)'X', (byte)'X', (byte)'X', (byte)'X', .. Png()[16..]], "Berkas PNG rusak" },
        { "lebar-nol.png", [.. Png()[..16], 0, 0, 0, 0, .. Png()[20..]], "Berkas PNG rusak" },
        { "terpotong.jpg", Jpeg()[..^2], "Berkas JPG rusak" },
        { "bukan-office.xlsx", Zip(("a.txt", Xml)), "tidak ada [Content_Types].xml" },
        { "lain.xlsx", Zip(("[Content_Types].xml", Xml), ("ppt/presentation.xml", Xml)), "bukan XLSX atau DOCX" },
        { "rusak.xlsx", [.. Xlsx()[..30]], "arsipnya tidak dapat dibaca" },
        { "lama.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "format lama (.doc/.xls)" },
        { "gambar.gif", "GIF89a\u0001\u0000"u8.ToArray(), "Jenis berkas tidak dikenali" },
        { "catatan.pdf", "hanya teks biasa"u8.ToArray(), "Jenis berkas tidak dikenali" },
        // Names that lie about the content.
        { "foto.png", Pdf(), "berakhiran .png tetapi isinya PDF" },
        { "laporan.pdf", Jpeg(), "berakhiran .pdf tetapi isinya JPG" },
        { "rekap.docx", Xlsx(), "berakhiran .docx tetapi isinya XLSX" },
        { "notulen.xlsx", Docx(), "berakhiran .xlsx tetapi isinya DOCX" },
        { "bukti.exe", Pdf(), "berakhiran .exe tetapi isinya PDF" },
        { "bukti", Pdf(), "tidak berakhiran .pdf" },
    };

    [Theory, MemberData(nameof(Refused))]
    public void ABadFile_IsRefusedWithAReason(string name, byte[] content, string reason)
    {
        var e = Should.Throw<DomainException>(() => BuktiFile.Detect(name, content, Max));
        e.Message.ShouldContain(reason);
        e.Field.ShouldBe("file");
    }

    [Fact]
    public void AFileOverTheLimit_IsRefused_AndOneAtTheLimitIsNot()
    {
        var pdf = Pdf();
        BuktiFile.Detect("a.pdf", pdf, pdf.Length).Jenis.ShouldBe(JenisBukti.Pdf);
        Should.Throw<DomainException>(() => BuktiFile.Detect("a.pdf", pdf, pdf.Length - 1)).Message.ShouldStartWith("Berkas terlalu besar: ");
        Should.Throw<DomainException>(() => BuktiFile.Detect("a.pdf", new byte[11 * 1024 * 1024], Max)).Message
            .ShouldBe("Berkas terlalu besar: 11.534.336 byte, sedangkan ukuran maksimal 10 MB (10.485.760 byte).");
    }

    [Fact]
    public void AZipBomb_IsRefused_EvenWhenEachEntryIsSmallWhenCompressed()
    {
        var bomb = Zip(("[Content_Types].xml", Xml), ("xl/workbook.xml", Xml), ("xl/a.bin", new byte[3 * 1024 * 1024]), ("xl/b.bin", new byte[3 * 1024 * 1024]));
        bomb.Length.ShouldBeLessThan(100_000);
        Should.Throw<DomainException>(() => BuktiFile.Detect("bom.xlsx", bomb, Max, maxUncompressed: 5 * 1024 * 1024)).Message.ShouldContain("zip bomb");
        BuktiFile.Detect("bom.xlsx", bomb, Max, maxUncompressed: 7 * 1024 * 1024).Jenis.ShouldBe(JenisBukti.Xlsx);
    }

    [Fact]
    public void TooManyZipEntries_IsABomb() =>
        Should.Throw<DomainException>(() => BuktiFile.Detect("x.xlsx",
            Zip([("[Content_Types].xml", Xml), .. Enumerable.Range(0, BuktiFile.MaxZipEntries + 1).Select(i => ($"xl/{i}.xml", Xml))]), Max)).Message.ShouldContain("zip bomb");

    [Theory]
    [InlineData("Laporan.PDF", ".pdf")]
    [InlineData("arsip.tar.gz", ".gz")]
    [InlineData(".pdf", "")]
    [InlineData("tanpa-akhiran", "")]
    [InlineData("../../etc/passwd.pdf", ".pdf")]
    public void TheExtensionIsTheLastDotOfTheFileName(string name, string ext) => BuktiFile.Extension(name).ShouldBe(ext);

    [Theory]
    [InlineData("C:\\fakepath\\bukti.pdf", "bukti.pdf")]
    [InlineData("../../etc/bukti.pdf", "bukti.pdf")]
    [InlineData("a\"b\u0007.pdf", "ab.pdf")]
    public void TheStoredNameHasNoFoldersOrControlCharacters(string name, string safe) => BuktiFile.SafeName(name).ShouldBe(safe);

    [Fact]
    public void AVeryLongName_KeepsItsEnding() => BuktiFile.SafeName(new string('a', 300) + ".pdf").ShouldBe(new string('a', 196) + ".pdf");

    [Theory]
    [InlineData(0, "0 byte")]
    [InlineData(1023, "1023 byte")]
    [InlineData(1536, "1,5 KB")]
    [InlineData(10 * 1024 * 1024, "10 MB")]
    public void SizesReadAsIndonesiansWriteThem(long bytes, string text) => BuktiFile.Ukuran(bytes).ShouldBe(text);
}
