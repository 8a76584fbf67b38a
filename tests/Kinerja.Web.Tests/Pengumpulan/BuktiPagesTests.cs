using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.BuktiRound;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>The evidence and Excel pages on both databases: the filler uploads with the error beside the row; a reader only reads; an outsider gets 404.</summary>
[Collection("web")]
public class BuktiPagesTests(TestApps apps)
{
    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields, string fileField, byte[] content, string name)
    {
        var page = await Forms.GetDocumentAsync(client, url);
        var token = page.QuerySelectorAll("input[name=__RequestVerificationToken]").OfType<IHtmlInputElement>().First().Value;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, fileField, name);
        return await client.PostAsync(handler.Length == 0 ? url : $"{url}?handler={handler}", form);
    }

    [Theory, BothDatabases]
    public async Task TheFiller_UploadsOnThePage_ABadFileShowsItsErrorBesideTheRow(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var row = await RowAsync(app, round.SeksiForm, "IK-1.4");
        var url = $"/Pengumpulan/Format/{round.SeksiForm}/Bukti";
        var kabid = await app.PagesAsync(Filler);

        var bad = await PostFileAsync(kabid, url, "Upload", new() { ["rowId"] = row.ToString() }, "berkas", Pdf(), "foto.png");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = await Forms.ParseAsync(bad);
        doc.QuerySelector($"#baris-{row} [data-testid=row-error]")!.TextContent.ShouldContain("berakhiran .png tetapi isinya PDF");
        (await app.DbAsync(d => d.BuktiDukung.CountAsync(b => b.FormatIndikatorId == row))).ShouldBe(0);

        var ok = await PostFileAsync(kabid, url, "Upload", new() { ["rowId"] = row.ToString() }, "berkas", Pdf($"halaman {round.Id}"), "Berita acara.pdf");
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        doc = await Forms.GetDocumentAsync(kabid, url);
        var cells = doc.QuerySelectorAll($"#baris-{row} [data-testid=bukti-file] td").Select(c => c.TextContent.Trim()).ToList();
        (cells[0], cells[1], cells[4].StartsWith(Filler)).ShouldBe(("Berita acara.pdf", "PDF", true));
        var stored = await app.DbAsync(d => d.BuktiDukung.SingleAsync(b => b.FormatIndikatorId == row));
        cells[3].ShouldBe(stored.Sha256[..12]);
        File.Exists(Path.Combine(app.DataPath, "bukti", stored.Sha256[..2], stored.Sha256)).ShouldBeTrue();
    }

    [Theory, BothDatabases]
    public async Task AReaderSeesNoUploadControls_AndAnOutsiderGets404(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await SharedAsync(app);
        var reader = await app.PagesAsync(Reader);
        foreach (var page in new[] { "Bukti", "Excel" })
        {
            var url = $"/Pengumpulan/Format/{round.BidangForm}/{page}";
            var doc = await Forms.GetDocumentAsync(reader, url);
            doc.QuerySelector("[data-testid=read-only]").ShouldNotBeNull(page);
            doc.QuerySelectorAll("input[type=file]").Length.ShouldBe(0, page);
            (await (await app.PagesAsync(OtherUnit)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
            (await (await app.PagesAsync("kabid.bpbd")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
        }
    }

    [Theory, BothDatabases]
    public async Task TheExcelPage_ListsEveryBadRow_AndSavesAGoodFile(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var url = $"/Pengumpulan/Format/{round.SeksiForm}/Excel";
        var kabid = await app.PagesAsync(Filler);
        var xlsx = await kabid.GetByteArrayAsync($"/api/v1/format-data/{round.SeksiForm}/xlsx");
        var bad = FormatWorkbookEdit.Edit(xlsx, c => { c("Indikator", "G9").Number(1.5m); c("Indikator", "G10").Text("empat"); });
        var doc = await Forms.ParseAsync(await PostFileAsync(kabid, url, "", [], "Berkas", bad, "formulir.xlsx"));
        doc.QuerySelectorAll("[data-testid=upload-errors] li").Select(li => li.TextContent.Trim()).ShouldBe([
            "Indikator baris 9: Kolom G (Realisasi): 1.5 harus bilangan bulat (indikator IK-1.3 tanpa desimal).",
            "Indikator baris 10: Kolom G (Realisasi): \"empat\" adalah teks; isi dengan angka (sel berformat angka)."]);
        (await PostFileAsync(kabid, url, "", [], "Berkas", FormatWorkbookEdit.Edit(xlsx, c => c("Indikator", "G9").Number(6)), "formulir.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.DbAsync(d => d.FormatIndikator.Where(r => r.FormatDataKinerjaId == round.SeksiForm && r.Indikator.Kode == "IK-1.3").Select(r => r.Realisasi).SingleAsync())).ShouldBe(6m);
    }
}
