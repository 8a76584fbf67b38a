using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinerja.Web.Documents;

/// <summary>One cell as read: its text (numbers in invariant culture), and whether it held a formula.</summary>
public readonly record struct SheetCell(string Text, bool IsFormula, bool IsNumber)
{
    public static readonly SheetCell Empty = new("", false, false);
}

/// <summary>Reads the first worksheet of an .xlsx into rows of cells; writes workbooks of text and number cells.</summary>
public static partial class Xlsx
{
    /// <summary>
    /// An .xlsx is a zip: refuse one that would inflate far beyond any real spreadsheet (a zip bomb)
    /// before the XML parser ever sees it.
    /// </summary>
    public static void EnsureNotZipBomb(Stream stream, long maxUncompressed = 100L * 1024 * 1024)
    {
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true))
        {
            long total = 0;
            foreach (var e in zip.Entries)
            {
                total += e.Length;
                if (total > maxUncompressed || (e.CompressedLength > 0 && e.Length / e.CompressedLength > 200 && e.Length > 1024 * 1024))
                    throw new InvalidDataException("zip bomb");
            }
        }
        stream.Position = 0;
    }

    public static List<SheetCell[]> ReadFirstSheet(Stream stream, int maxRows)
    {
        EnsureNotZipBomb(stream);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var wb = doc.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = wb.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        return ReadPart(wb, sheet, maxRows);
    }

    /// <summary>Every worksheet by its name (as the tab shows it), each as rows of cells.</summary>
    public static Dictionary<string, List<SheetCell[]>> ReadSheets(Stream stream, int maxRows)
    {
        EnsureNotZipBomb(stream);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var wb = doc.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var result = new Dictionary<string, List<SheetCell[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in wb.Workbook.Sheets?.Elements<Sheet>() ?? [])
            if (sheet.Name?.Value is { } name && wb.GetPartById(sheet.Id!) is WorksheetPart) result.TryAdd(name, ReadPart(wb, sheet, maxRows));
        return result;
    }

    private static List<SheetCell[]> ReadPart(WorkbookPart wb, Sheet sheet, int maxRows)
    {
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
        var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];

        var rows = new List<SheetCell[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            if (index > maxRows + 1) throw new InvalidDataException($"more than {maxRows} rows");
            while (rows.Count < index - 1) rows.Add([]);
            var cells = new List<SheetCell>();
            foreach (var cell in row.Elements<Cell>())
            {
                var col = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < col) cells.Add(SheetCell.Empty);
                cells.Add(Read(cell, shared));
            }
            rows.Add(cells.ToArray());
        }
        return rows;
    }

    private static SheetCell Read(Cell cell, string[] shared)
    {
        var formula = cell.CellFormula is not null;
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return new(int.TryParse(raw, out var i) && i < shared.Length ? shared[i] : "", formula, false);
        if (type == CellValues.InlineString) return new(cell.InlineString?.InnerText ?? "", formula, false);
        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error) return new(raw, formula, false);
        return new(raw, formula, raw.Length > 0);
    }

    /// <summary>"C7" → 2.</summary>
    public static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var n = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return n - 1;
    }

    public static string ColumnName(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    /// <summary>0.318 as "0.318", 80.500000 as "80.5": the shortest exact text, never an exponent.</summary>
    public static string NumberText(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number cell's value as a decimal. Excel keeps 15 significant digits and may write 0.318 as
    /// 0.31800000000000001, so the text is rounded to 15 significant digits: what the user typed comes back.
    /// </summary>
    public static bool TryDecimal(string text, out decimal value)
    {
        value = 0;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return false;
        if (d != 0)
        {
            var integerDigits = (int)Math.Floor(Math.Log10((double)Math.Abs(d))) + 1;
            var decimals = 15 - integerDigits;
            if (decimals >= 0) d = Math.Round(d, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }
        value = d / 1.000000000000000000000000000000000m; // drops trailing zeros
        return true;
    }
}
