using System.IO.Compression;

namespace Kinerja.Domain.Pengumpulan;

public enum JenisBukti { Pdf, Jpeg, Png, Xlsx, Docx }

/// <summary>An accepted evidence type: the content type it is served with and the endings its name may have.</summary>
public sealed record BuktiType(JenisBukti Jenis, string Label, string ContentType, string[] Extensions)
{
    public static readonly BuktiType Pdf = new(JenisBukti.Pdf, "PDF", "application/pdf", [".pdf"]);
    public static readonly BuktiType Jpeg = new(JenisBukti.Jpeg, "JPG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly BuktiType Png = new(JenisBukti.Png, "PNG", "image/png", [".png"]);
    public static readonly BuktiType Xlsx = new(JenisBukti.Xlsx, "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly BuktiType Docx = new(JenisBukti.Docx, "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);

    public static readonly BuktiType[] All = [Pdf, Jpeg, Png, Xlsx, Docx];
}

/// <summary>
/// Decides what an evidence file IS from its bytes, never from its name or the browser's content type:
/// the magic number, then the structure each format must have (PDF header and %%EOF trailer, PNG
/// IHDR/IEND, JPEG SOI/EOI, an OOXML zip with [Content_Types].xml and its xl/ or word/ main part).
/// The name must then agree with the content, so a renamed file is caught either way. Pure: the
/// bytes are already in memory; the zip is read from them, inflated with a cap (a zip bomb stops at it).
/// </summary>
public static class BuktiFile
{
    public const long DefaultMaxUncompressed = 100L * 1024 * 1024;
    public const int MaxZipEntries = 5000;
    private const string Allowed = "Bukti dukung berupa PDF, JPG, PNG, XLSX atau DOCX.";

    public static BuktiType Detect(string fileName, byte[] content, long maxBytes, long maxUncompressed = DefaultMaxUncompressed)
    {
        EnsureSize(content.Length, maxBytes);
        var type = Sniff(content, maxUncompressed);
        var ext = Extension(fileName);
        if (!type.Extensions.Contains(ext))
            throw Bad(ext.Length == 0
                ? $"Nama berkas \"{fileName}\" tidak berakhiran {type.Extensions[0]}, padahal isinya {type.Label}; beri nama dengan akhiran yang sesuai."
                : $"Nama berkas berakhiran {ext} tetapi isinya {type.Label}; nama dan isi berkas harus sesuai (ganti akhiran menjadi {type.Extensions[0]} atau unggah berkas yang benar).");
        return type;
    }

    /// <summary>Empty and oversized files are refused before their bytes are even read.</summary>
    public static void EnsureSize(long length, long maxBytes)
    {
        if (length == 0) throw Bad("Berkas kosong (0 byte); pilih berkas bukti yang berisi.");
        if (length > maxBytes) throw Bad($"Berkas terlalu besar: {Angka.Format(length)} byte, sedangkan ukuran maksimal {Ukuran(maxBytes)} ({Angka.Format(maxBytes)} byte).");
    }

    /// <summary>The type of the bytes, or a clear reason why they are not acceptable evidence.</summary>
    public static BuktiType Sniff(byte[] b, long maxUncompressed = DefaultMaxUncompressed)
    {
        if (StartsWith(b, "MZ"u8) || StartsWith(b, [0x7F, (byte)'E', (byte)'L', (byte)'F']) || StartsWith(b, [0xCF, 0xFA, 0xED, 0xFE]) || StartsWith(b, "#!"u8))
            throw Bad("Berkas ini adalah program atau skrip yang dapat dijalankan, bukan dokumen; berkas seperti ini tidak diterima. " + Allowed);
        if (StartsWith(b, "%PDF-"u8)) return Pdf(b);
        if (StartsWith(b, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return Png(b);
        if (StartsWith(b, [0xFF, 0xD8, 0xFF])) return Jpeg(b);
        if (StartsWith(b, "PK\u0003\u0004"u8)) return Ooxml(b, maxUncompressed);
        if (StartsWith(b, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            throw Bad("Berkas Word/Excel format lama (.doc/.xls) tidak diterima; simpan sebagai .docx atau .xlsx lalu unggah kembali.");
        throw Bad("Jenis berkas tidak dikenali dari isinya. " + Allowed);
    }

    private static BuktiType Pdf(byte[] b)
    {
        // "%PDF-1.7": a version after the dash, and the %%EOF marker near the end (writers may add a newline or a few bytes).
        if (b.Length < 8 || !char.IsAsciiDigit((char)b[5]) || b[6] != '.' || !char.IsAsciiDigit((char)b[7]))
            throw Bad("Berkas PDF rusak: kepala berkas tidak lengkap.");
        var tail = b.AsSpan(Math.Max(0, b.Length - 1024));
        if (tail.IndexOf("%%EOF"u8) < 0) throw Bad("Berkas PDF rusak atau terpotong: penanda akhir %%EOF tidak ada. Simpan ulang atau ekspor ulang PDF-nya.");
        return BuktiType.Pdf;
    }

    private static BuktiType Png(byte[] b)
    {
        // The first chunk must be IHDR of length 13 with a non-zero width and height; the last, IEND.
        var ok = b.Length >= 8 + 25 + 12
                 && b.AsSpan(8, 8).SequenceEqual(new byte[] { 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' })
                 && BigEndian(b, 16) > 0 && BigEndian(b, 20) > 0
                 && b.AsSpan(b.Length - 12).SequenceEqual(new byte[] { 0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82 });
        return ok ? BuktiType.Png : throw Bad("Berkas PNG rusak atau terpotong (bagian IHDR/IEND tidak sesuai).");
    }

    private static BuktiType Jpeg(byte[] b)
    {
        // Start of image is checked by the caller; the end-of-image marker must be there (some cameras pad after it).
        var tail = b.AsSpan(Math.Max(3, b.Length - 1024));
        return b.Length >= 6 && tail.IndexOf(new byte[] { 0xFF, 0xD9 }) >= 0
            ? BuktiType.Jpeg
            : throw Bad("Berkas JPG rusak atau terpotong (penanda akhir gambar tidak ada).");
    }

    private static BuktiType Ooxml(byte[] b, long maxUncompressed)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(b, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries) throw Bomb();
            long total = 0;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var buffer = new byte[81920];
            foreach (var e in zip.Entries)
            {
                names.Add(e.FullName);
                // Count what really inflates, not what the directory claims: a bomb can lie in its header.
                using var s = e.Open();
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                    if ((total += n) > maxUncompressed) throw Bomb();
            }
            if (!names.Contains("[Content_Types].xml"))
                throw Bad("Berkas ZIP ini bukan dokumen Office (tidak ada [Content_Types].xml). " + Allowed);
            if (names.Contains("xl/workbook.xml")) return BuktiType.Xlsx;
            if (names.Contains("word/document.xml")) return BuktiType.Docx;
            throw Bad("Dokumen Office ini bukan XLSX atau DOCX (bagian utama xl/ atau word/ tidak ada). " + Allowed);
        }
        catch (InvalidDataException)
        {
            throw Bad("Berkas XLSX/DOCX rusak: arsipnya tidak dapat dibaca.");
        }
    }

    /// <summary>".pdf" from "Laporan TW1.PDF"; "" when there is none.</summary>
    public static string Extension(string fileName)
    {
        var name = SafeName(fileName);
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : name[dot..].ToLowerInvariant();
    }

    /// <summary>The name as shown and offered on download: no folders, no control characters, at most 200 characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = fileName.Split('/', '\\').Last();
        name = new string(name.Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        if (name.Length > 200)
        {
            var dot = name.LastIndexOf('.');
            var ext = dot > 0 && name.Length - dot <= 10 ? name[dot..] : "";
            name = name[..(200 - ext.Length)] + ext;
        }
        return name;
    }

    private static bool StartsWith(byte[] b, ReadOnlySpan<byte> magic) => b.AsSpan().StartsWith(magic);

    private static uint BigEndian(byte[] b, int at) => (uint)(b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3]);

    private static DomainException Bomb() =>
        Bad("Berkas arsip ini mengembang jauh melebihi ukuran dokumen wajar (zip bomb) dan ditolak.");

    private static DomainException Bad(string message) => new(message, "file");

    /// <summary>"12,5 KB", "10 MB": sizes as the page and the messages show them (1 KB = 1024 byte).</summary>
    public static string Ukuran(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} byte",
        < 1024 * 1024 => $"{Angka.Format(Math.Round(bytes / 1024m, 1))} KB",
        _ => $"{Angka.Format(Math.Round(bytes / 1048576m, 1))} MB",
    };
}
