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
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) =>
        Write(new SheetSpec(sheetName, [headers, .. rows]) { Widths = headers.Select(_ => 24d).ToList() });

    /// <summary>
    /// A workbook of one or more sheets. Cells: string → text, decimal/int → a real number cell, null → empty.
    /// </summary>
    public static byte[] Write(params SheetSpec[] sheets)
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
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true },
                    new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }));
            var list = new Sheets();
            uint sheetId = 1;
            foreach (var spec in sheets)
            {
                var ws = wb.AddNewPart<WorksheetPart>();
                ws.Worksheet = Sheet(spec);
                list.Append(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = sheetId++, Name = spec.Name });
            }
            wb.Workbook.AppendChild(list);
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    private static Worksheet Sheet(SheetSpec spec)
    {
        var ws = new Worksheet();
        if (spec.FrozenRows > 0)
        {
            var topLeft = "A" + (spec.FrozenRows + 1).ToString(CultureInfo.InvariantCulture);
            ws.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = spec.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            { WorkbookViewId = 0 }));
        }
        if (spec.Widths is { Count: > 0 } widths)
            ws.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        var data = new SheetData();
        for (var r = 0; r < spec.Rows.Count; r++)
            data.Append(DataRow((uint)r + 1, spec.Rows[r], r < spec.BoldRows ? 1u : 0u, spec.WrapColumns));
        ws.Append(data);
        if (spec.Lists is { Count: > 0 } lists)
            ws.Append(new DataValidations(lists.Select(l => new DataValidation(new Formula1($"\"{string.Join(",", l.Values)}\""))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = l.Range },
            })) { Count = (uint)lists.Count });
        return ws;
    }

    private static Row DataRow(uint index, IReadOnlyList<object?> values, uint style, IReadOnlySet<int>? wrap)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var cell = new Cell { CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture) };
            switch (values[i])
            {
                case null: continue;
                case decimal d: cell.CellValue = new CellValue(NumberText(d)); break;
                case int n: cell.CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)); break;
                case var v:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(v.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve });
                    break;
            }
            cell.StyleIndex = style == 0 && wrap?.Contains(i) == true ? 2u : style;
            row.Append(cell);
        }
        return row;
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

/// <summary>
/// A worksheet to write. The first <see cref="BoldRows"/> rows are bold (title, header), the first
/// <see cref="FrozenRows"/> stay in view when scrolling; <see cref="Lists"/> offer drop-down choices
/// on a range such as "G3:G2000".
/// </summary>
public sealed record SheetSpec(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public int BoldRows { get; init; } = 1;
    public int FrozenRows { get; init; }
    public IReadOnlyList<double>? Widths { get; init; }
    public IReadOnlySet<int>? WrapColumns { get; init; }
    public IReadOnlyList<(string Range, string[] Values)>? Lists { get; init; }
}
