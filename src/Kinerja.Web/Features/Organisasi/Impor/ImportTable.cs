using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Kinerja.Domain;
using Kinerja.Web.Documents;

namespace Kinerja.Web.Features.Organisasi.Impor;

/// <summary>An uploaded XLSX or CSV as rows of cells, with its header checked against the template.</summary>
public static class ImportTable
{
    public const int MaxRows = 5000;

    /// <summary>The rows of the file, its first row checked against <paramref name="expectedHeader"/> (none when empty).</summary>
    public static List<SheetCell[]> Read(Stream content, string fileName, string[] expectedHeader)
    {
        var ms = new MemoryStream();
        content.CopyTo(ms);
        ms.Position = 0;
        if (ms.Length == 0) throw new DomainException("Berkas kosong.", "File");

        List<SheetCell[]> rows;
        var isZip = ms.Length > 4 && ms.GetBuffer() is [(byte)'P', (byte)'K', 3, 4, ..];
        try
        {
            rows = isZip ? Xlsx.ReadFirstSheet(ms, MaxRows) : ReadCsv(ms);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException
                                   or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or CsvHelperException
                                   or System.Xml.XmlException or InvalidOperationException)
        {
            throw new DomainException(isZip
                ? $"Berkas {fileName} bukan XLSX yang dapat dibaca (rusak, terlalu besar atau bukan lembar kerja)."
                : $"Berkas {fileName} tidak dapat dibaca sebagai CSV.", "File");
        }
        if (!isZip && fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"Berkas {fileName} bernama .xlsx tetapi isinya bukan XLSX.", "File");

        if (expectedHeader.Length > 0) CheckHeader(rows.FirstOrDefault() ?? [], expectedHeader);
        return rows;
    }

    private static List<SheetCell[]> ReadCsv(MemoryStream ms)
    {
        // Indonesian Excel saves CSV with ';', others with ','; detect which.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false, DetectDelimiter = true, BadDataFound = null, MissingFieldFound = null,
            DetectDelimiterValues = [";", ",", "\t"],
        };
        using var reader = new StreamReader(ms, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, config);
        var rows = new List<SheetCell[]>();
        while (csv.Read())
        {
            if (rows.Count > MaxRows) throw new InvalidDataException("too many rows");
            rows.Add(csv.Record!.Select(v => new SheetCell(v, false, false)).ToArray());
        }
        return rows;
    }

    /// <summary>Shifted columns or another template show up here, before any row is read.</summary>
    public static void CheckHeader(SheetCell[] header, string[] expected, int rowNumber = 1)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = i < header.Length ? header[i].Text.Trim() : "";
            if (!string.Equals(actual, expected[i], StringComparison.OrdinalIgnoreCase))
                throw new DomainException(
                    $"Templat tidak sesuai: kolom {Xlsx.ColumnName(i)} baris {rowNumber} seharusnya \"{expected[i]}\" tetapi berisi \"{actual}\". Unduh templat lalu isi tanpa mengubah judul kolom.",
                    "File");
        }
        var extra = header.Skip(expected.Length).FirstOrDefault(c => c.Text.Trim().Length > 0);
        if (extra.Text is { Length: > 0 })
            throw new DomainException($"Templat tidak sesuai: ada kolom tambahan \"{extra.Text.Trim()}\" setelah kolom {expected[^1]}.", "File");
    }

    public static byte[] Csv(string[] header, string[] example)
    {
        var sb = new StringBuilder();
        foreach (var row in new[] { header, example })
            sb.AppendLine(string.Join(";", row.Select(v => v.Contains(';') || v.Contains('"') ? $"\"{v.Replace("\"", "\"\"")}\"" : v)));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }
}
