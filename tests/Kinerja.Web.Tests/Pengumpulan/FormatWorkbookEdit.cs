using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>Edits a downloaded form workbook in place with the Open XML SDK, cell by cell, as Excel would store the edits.</summary>
public static class FormatWorkbookEdit
{
    public static byte[] Edit(byte[] xlsx, Action<Func<string, string, Cell>> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var wb = doc.WorkbookPart!;
            Cell Find(string sheet, string reference)
            {
                var s = wb.Workbook.Sheets!.Elements<Sheet>().Single(x => x.Name == sheet);
                var data = ((WorksheetPart)wb.GetPartById(s.Id!)).Worksheet.GetFirstChild<SheetData>()!;
                var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
                var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex) ?? data.AppendChild(new Row { RowIndex = rowIndex });
                return row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference) ?? row.AppendChild(new Cell { CellReference = reference });
            }
            edit(Find);
        }
        return ms.ToArray();
    }

    public static void Number(this Cell cell, decimal value)
    {
        (cell.DataType, cell.InlineString, cell.CellFormula) = (null, null, null);
        cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
    }

    public static void Text(this Cell cell, string value)
    {
        (cell.CellValue, cell.CellFormula) = (null, null);
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(value));
    }

    public static void Formula(this Cell cell, string formula, decimal cached)
    {
        (cell.DataType, cell.InlineString) = (null, null);
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(cached.ToString(CultureInfo.InvariantCulture));
    }

    public static void Clear(this Cell cell) => (cell.DataType, cell.InlineString, cell.CellFormula, cell.CellValue) = (null, null, null, null);

    /// <summary>The workbook with one more zip entry: 2 MB of zeros, which inflates 1000-fold.</summary>
    public static byte[] WithBomb(byte[] xlsx)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        using (var s = zip.CreateEntry("xl/media/nol.bin", CompressionLevel.SmallestSize).Open())
            s.Write(new byte[2 * 1024 * 1024]);
        return ms.ToArray();
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, int formId, byte[] content, string fileName = "formulir.xlsx", string? alasan = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (alasan is not null) form.Add(new StringContent(alasan), "alasan");
        return client.PostAsync($"/api/v1/format-data/{formId}/xlsx", form);
    }
}
