using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kinerja.Web.Documents;

/// <summary>
/// Writes simple Word documents (A4, Times New Roman 12, as government letters are): paragraphs,
/// bordered tables with a header row, and borderless side-by-side blocks for signatures.
/// </summary>
public sealed class Docx
{
    private readonly Body _body = new();

    public Docx Paragraph(string text, bool bold = false, bool center = false, int spaceAfter = 120, int size = 24)
    {
        _body.Append(Para(text, bold, center, spaceAfter, size));
        return this;
    }

    /// <summary>The kop surat of a government letter: centred lines, the first largest, closed by a double rule.</summary>
    public Docx Kop(params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var p = Para(lines[i], bold: i < 2, center: true, spaceAfter: 0, size: i == 0 ? 28 : i == 1 ? 32 : 20);
            if (i == lines.Length - 1)
                p.ParagraphProperties!.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Double, Size = 12, Space = 4 });
            _body.Append(p);
        }
        _body.Append(Para("", false, false, 120, 24));
        return this;
    }

    /// <summary>"Nama : Budi" lines, labels aligned by a tab stop.</summary>
    public Docx Labelled(params (string Label, string Value)[] lines)
    {
        foreach (var (label, value) in lines)
        {
            var p = new Paragraph(new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Left, Position = 2268 }), new SpacingBetweenLines { After = "0" }),
                Run(label, false, 24), new Run(new TabChar()), Run(": " + value, false, 24));
            p.ParagraphProperties!.Indentation = new Indentation { Left = "567" };
            _body.Append(p);
        }
        _body.Append(Para("", false, false, 0, 24));
        return this;
    }

    public Docx Table(string[] headers, IEnumerable<string[]> rows, int[] widthsTwips, int[]? rightAligned = null)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widthsTwips.Sum().ToString() },
            // Schema order (width before borders; top, left, bottom, right, …): Word reports other orders as unreadable content.
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(widthsTwips.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(Row(headers, widthsTwips, bold: true, header: true, []));
        foreach (var r in rows) table.Append(Row(r, widthsTwips, bold: false, header: false, rightAligned ?? []));
        _body.Append(table);
        _body.Append(Para("", false, false, 120, 24));
        return this;
    }

    /// <summary>Blocks of lines side by side without borders (signature blocks: pihak kedua left, pihak pertama right).</summary>
    public Docx SideBySide(params string[][] blocks)
    {
        var width = 9000 / blocks.Length;
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Dxa, Width = "9000" },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        table.Append(new TableGrid(blocks.Select(_ => new GridColumn { Width = width.ToString() })));
        var row = new TableRow();
        foreach (var lines in blocks)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() }));
            foreach (var line in lines) cell.Append(Para(line, bold: false, center: true, spaceAfter: 0, size: 24));
            row.Append(cell);
        }
        table.Append(row);
        _body.Append(table);
        return this;
    }

    public Docx PageBreak()
    {
        _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "24" }, new Languages { Val = "id-ID" }))));
            // A4 with 2.5 cm margins.
            var body = (Body)_body.CloneNode(true);
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418, Right = 1418, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static TableRow Row(string[] cells, int[] widths, bool bold, bool header, int[] rightAligned)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        for (var c = 0; c < cells.Length; c++)
        {
            var p = Para(cells[c], bold, center: header, spaceAfter: 0, size: 22);
            if (!header && rightAligned.Contains(c)) p.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Right };
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[c].ToString() }), p));
        }
        return row;
    }

    private static Paragraph Para(string text, bool bold, bool center, int spaceAfter, int size)
    {
        var props = new ParagraphProperties(new SpacingBetweenLines { After = spaceAfter.ToString() });
        if (center) props.Justification = new Justification { Val = JustificationValues.Center };
        return new Paragraph(props, Run(text, bold, size));
    }

    private static Run Run(string text, bool bold, int size)
    {
        var props = new RunProperties(new FontSize { Val = size.ToString() });
        if (bold) props.Bold = new Bold();
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
