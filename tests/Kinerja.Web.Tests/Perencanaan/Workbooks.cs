using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinerja.Web.Documents;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>Opens a downloaded workbook as a grid a test can edit like a planner would, and writes it back.</summary>
public static class Workbooks
{
    /// <summary>Rows of cells: number cells as decimal, text as string, empty as null.</summary>
    public static List<List<object?>> Grid(byte[] xlsx) =>
        Xlsx.ReadFirstSheet(new MemoryStream(xlsx), 5000).Select(r => r.Select(c =>
            c.Text.Length == 0 ? null : c.IsNumber ? decimal.Parse(c.Text, System.Globalization.CultureInfo.InvariantCulture) : (object?)c.Text).ToList()).ToList();

    public static byte[] Write(List<List<object?>> grid) =>
        Xlsx.Write(new SheetSpec("Indikator", grid.Select(r => (IReadOnlyList<object?>)r).ToList()) { BoldRows = 2 });

    /// <summary>Replaces one cell (e.g. "M3") with a formula, as Excel stores it.</summary>
    public static byte[] WithFormula(byte[] xlsx, string reference, string formula)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var cell = doc.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            cell.InlineString = null;
            cell.DataType = null;
            cell.CellFormula = new CellFormula(formula);
            cell.CellValue = new CellValue("80");
        }
        return ms.ToArray();
    }

    public static int Column(List<List<object?>> grid, string title) => grid[1].FindIndex(c => c as string == title);

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, int renstra, byte[] content, string fileName = "renstra.xlsx")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/v1/renstra/{renstra}/xlsx", form);
    }
}
