using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using DocumentFormat.OpenXml.Packaging;

namespace Kinerja.Web.Features.Pengumpulan.Excel;

public record FormatXlsxUploadResult(int BarisIndikator, int BarisAnggaran, int Berubah);

/// <summary>
/// Applies a filled form workbook. Every row is read and checked first (row, column, why); only when
/// all are right do they go, as ONE request, through <see cref="SaveFormat"/>, the grid's own save: the
/// window and chain rules, row versions (a row changed in the app since the download → 409), the
/// reason rule and the audit are the same. An unchanged file writes nothing.
/// </summary>
public static class UploadFormatXlsx
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<FormatXlsxUploadResult> Handle(int id, string fileName, long length, Func<Task<byte[]>> read, string? alasan, AppDbContext db, AccessScope scope,
        Clock clock, CancellationToken ct)
    {
        var form = await FormatAccess.LoadAsync(id, db, scope, ct, tracked: false);
        FormatPermissions.EnsureMayFill(form, scope, clock, alasan);
        if (length == 0) throw new DomainException("Berkas kosong; pilih berkas XLSX formulir ini.", "File");
        if (length > MaxBytes) throw new DomainException($"Berkas terlalu besar (maksimal {MaxBytes / 1024 / 1024} MB).", "File");
        var sheets = Read(await read(), fileName);

        var errors = new Dictionary<string, string[]>();
        var indikator = ReadSheet(sheets, FormatSheet.IndikatorSheet, FormatSheet.IndikatorColumns, form, errors, (row, n) => FormatSheetRow.Indikator(row, form, n));
        var anggaran = ReadSheet(sheets, FormatSheet.AnggaranSheet, FormatSheet.AnggaranColumns, form, errors, (row, n) => FormatSheetRow.Anggaran(row, form, n));
        if (errors.Count > 0)
            throw new ValidationFailedException(
                $"Unggahan dibatalkan: {errors.Count} baris bermasalah. Tidak ada perubahan yang disimpan; perbaiki baris tersebut lalu unggah kembali.", errors);
        if (indikator.Count + anggaran.Count == 0) throw new DomainException("Berkas tidak berisi baris formulir.", "File");

        var changed = indikator.Count(r => Differs(form, r)) + anggaran.Count(a => form.Anggaran.Single(x => x.Id == a.Id).Realisasi != a.Realisasi);
        await SaveFormat.Handle(id, new SaveFormatRequest(alasan, indikator, anggaran), db, scope, clock, ct);
        return new FormatXlsxUploadResult(indikator.Count, anggaran.Count, changed);
    }

    private static Dictionary<string, List<SheetCell[]>> Read(byte[] content, string fileName)
    {
        if (content is not [(byte)'P', (byte)'K', 3, 4, ..])
            throw new DomainException($"Berkas {fileName} bukan XLSX. Unggah berkas yang diunduh dari halaman ini, disimpan sebagai .xlsx.", "File");
        // The evidence detector inflates the zip for real with a cap (a bomb may lie in its directory) and wants xl/workbook.xml.
        try
        {
            if (BuktiFile.Sniff(content).Jenis != JenisBukti.Xlsx)
                throw new DomainException($"Berkas {fileName} bukan XLSX. Unggah berkas yang diunduh dari halaman ini, disimpan sebagai .xlsx.", "File");
        }
        catch (DomainException e) when (e.Field == "file")
        {
            throw new DomainException(e.Message, "File");
        }
        try
        {
            return Xlsx.ReadSheets(new MemoryStream(content, writable: false), FormatSheet.MaxRows + FormatSheet.HeaderRow);
        }
        catch (InvalidDataException e) when (e.Message == "zip bomb")
        {
            throw new DomainException("Berkas ini mengembang jauh melebihi ukuran lembar kerja wajar (zip bomb) dan ditolak.", "File");
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new DomainException($"Berkas {fileName} rusak atau bukan lembar kerja Excel yang dapat dibaca.", "File");
        }
    }

    private static List<T> ReadSheet<T>(Dictionary<string, List<SheetCell[]>> sheets, string name, string[] columns, FormatDataKinerja form,
        Dictionary<string, string[]> errors, Func<SheetCell[], int, T?> parse) where T : class
    {
        if (!sheets.TryGetValue(name, out var rows))
            throw new DomainException($"Templat tidak sesuai: lembar \"{name}\" tidak ada. Unduh formulir dari aplikasi lalu isi tanpa mengubah nama lembar.", "File");
        CheckBlock(rows, name, form);
        CheckHeader(rows.ElementAtOrDefault(FormatSheet.HeaderRow - 1) ?? [], columns, name);
        var result = new List<T>();
        var seen = new Dictionary<int, int>();
        for (var i = FormatSheet.HeaderRow; i < rows.Count; i++)
        {
            var cells = rows[i];
            if (cells.All(c => string.IsNullOrWhiteSpace(c.Text) && !c.IsFormula)) continue;
            try
            {
                var row = parse(cells, i + 1);
                if (row is null) continue;
                var rowId = row switch { SaveIndikatorRow x => x.Id, SaveAnggaranRow x => x.Id, _ => 0 };
                if (!seen.TryAdd(rowId, i + 1)) throw new FormatSheetRow.RowError([$"baris ini (ID {rowId}) sudah ada di baris {seen[rowId]}; satu baris formulir satu baris berkas."]);
                result.Add(row);
            }
            catch (FormatSheetRow.RowError e)
            {
                errors[$"{name} baris {i + 1}"] = e.Messages;
            }
        }
        return result;
    }

    /// <summary>The file must be this form's: the title, then the form number in D6 (another unit's or quarter's file is named as such).</summary>
    private static void CheckBlock(List<SheetCell[]> rows, string sheet, FormatDataKinerja form)
    {
        string Cell(int row, int col) => rows.ElementAtOrDefault(row - 1) is { } r && col < r.Length ? r[col].Text.Trim() : "";
        if (!string.Equals(Cell(1, 2), FormatSheet.Title, StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"Templat tidak sesuai: lembar \"{sheet}\" bukan Format Data Kinerja (sel C1 seharusnya \"{FormatSheet.Title}\"). Unduh formulir dari aplikasi lalu isi berkas itu.", "File");
        var number = Cell(FormatSheet.FormatNumberRow, 3);
        if (number != form.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new DomainException(
                $"Berkas ini untuk formulir lain (nomor {(number.Length == 0 ? "kosong" : number)}: {Cell(3, 3)}, {Cell(4, 3)}), bukan formulir nomor {form.Id} " +
                $"({GetFormat.UnitName(form)}, {FormatSheet.Periode(form)}). Unduh formulir ini lalu isi kembali.", "File");
    }

    private static void CheckHeader(SheetCell[] actual, string[] expected, string sheet)
    {
        for (var c = 0; c < Math.Max(expected.Length, actual.Length); c++)
        {
            var text = c < actual.Length ? actual[c].Text.Trim() : "";
            var want = c < expected.Length ? expected[c] : "";
            if (!string.Equals(text, want, StringComparison.OrdinalIgnoreCase))
                throw new DomainException(
                    $"Templat tidak sesuai: lembar \"{sheet}\" kolom {Xlsx.ColumnName(c)} baris {FormatSheet.HeaderRow} seharusnya \"{want}\" tetapi berisi \"{text}\" " +
                    "(kolom bergeser, disisipkan atau dihapus?). Jangan mengubah susunan kolom.", "File");
        }
    }

    private static bool Differs(FormatDataKinerja form, SaveIndikatorRow r)
    {
        var x = form.Indikator.Single(i => i.Id == r.Id);
        static string? C(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        return (x.Realisasi, x.FaktorPendukung, x.FaktorPenghambat, x.TindakLanjut, x.Penjelasan)
               != (r.Realisasi, C(r.FaktorPendukung), C(r.FaktorPenghambat), C(r.TindakLanjut), C(r.Penjelasan));
    }
}
