using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinerja.Web.Documents;

/// <summary>Writes workbooks: text and real number cells, bold and frozen header rows, widths, drop-down lists.</summary>
public static partial class Xlsx
{
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
                    new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                    // 3, 4: cells left open to edit on a protected sheet (plain, wrapped).
                    new CellFormat(new Protection { Locked = false }) { ApplyProtection = true },
                    new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, new Protection { Locked = false }) { ApplyAlignment = true, ApplyProtection = true }));
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
            ws.Append(new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true, Hidden = spec.HiddenColumns?.Contains(i) == true ? true : null,
            })));
        var data = new SheetData();
        for (var r = 0; r < spec.Rows.Count; r++)
            data.Append(DataRow((uint)r + 1, spec.Rows[r], r < spec.BoldRows ? 1u : 0u, spec.WrapColumns,
                r + 1 >= spec.EditableFromRow ? spec.EditableColumns : null));
        ws.Append(data);
        // Protection without a password: a guard against typing into read-only cells, not a security boundary.
        if (spec.EditableColumns is not null)
            ws.Append(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        if (spec.Lists is { Count: > 0 } lists)
            ws.Append(new DataValidations(lists.Select(l => new DataValidation(new Formula1($"\"{string.Join(",", l.Values)}\""))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = l.Range },
            })) { Count = (uint)lists.Count });
        return ws;
    }

    private static Row DataRow(uint index, IReadOnlyList<object?> values, uint style, IReadOnlySet<int>? wrap, IReadOnlySet<int>? editable)
    {
        var row = new Row { RowIndex = index };
        var count = Math.Max(values.Count, editable is { Count: > 0 } ? editable.Max() + 1 : 0);
        for (var i = 0; i < count; i++)
        {
            var cell = new Cell { CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture) };
            var open = editable?.Contains(i) == true;
            switch (i < values.Count ? values[i] : null)
            {
                case null when open: break; // an empty cell the user may fill, so it must exist with its unlocked style
                case null: continue;
                case decimal d: cell.CellValue = new CellValue(NumberText(d)); break;
                case int n: cell.CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)); break;
                case var v:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(v.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve });
                    break;
            }
            var wrapped = style == 0 && wrap?.Contains(i) == true;
            cell.StyleIndex = open ? (wrapped ? 4u : 3u) : wrapped ? 2u : style;
            row.Append(cell);
        }
        return row;
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
    public IReadOnlySet<int>? HiddenColumns { get; init; }
    /// <summary>When set, the sheet is protected and only these columns, from row <see cref="EditableFromRow"/> (1-based) down, stay editable.</summary>
    public IReadOnlySet<int>? EditableColumns { get; init; }
    public int EditableFromRow { get; init; } = 1;
}
