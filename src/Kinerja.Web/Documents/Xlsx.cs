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

/// <summary>Reads the first worksheet of an .xlsx into rows of cells and writes simple one-sheet workbooks.</summary>
public static class Xlsx
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

    /// <summary>A workbook with one sheet: a bold header row, then the rows as text.</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(TextRow(1, headers, styleIndex: 1));
            uint r = 2;
            foreach (var row in rows) data.Append(TextRow(r++, row, styleIndex: 0));
            var columns = new Columns(headers.Select((_, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = 24, CustomWidth = true }));
            ws.Worksheet = new Worksheet(columns, data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = sheetName }));
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    private static Row TextRow(uint index, IReadOnlyList<string> values, uint styleIndex)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
            row.Append(new Cell
            {
                CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(values[i] ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                StyleIndex = styleIndex,
            });
        return row;
    }
}
