using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Perencanaan.CapaianFixture;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>The indicator editor's "capaian di bawah 0 %" setting: previewed, saved, shown again.</summary>
[Collection("web")]
public class NegativeResultPagesTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Editor_PreviewsAndSavesClampToZero_AndShowsItWhenReopened(DatabaseProvider db)
    {
        var app = apps[db];
        var sasaran = await SasaranAsync(app, await app.ApiAsync(Planner));
        var client = await app.PagesAsync(Planner);
        var url = $"/Perencanaan/Indikator?sasaran={sasaran}";
        var kode = "IK-NR" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        var fields = new Dictionary<string, string>
        {
            ["Sasaran"] = sasaran.ToString(), ["Input.Kode"] = kode, ["Input.Nama"] = "Jumlah kasus uji", ["Input.Satuan"] = "kasus",
            ["Input.Polarity"] = "Negative", ["Input.NegativeFormula"] = "Selisih", ["Input.RollUp"] = "NilaiAkhir", ["Input.Decimals"] = "2",
            ["Input.NegativeResult"] = "ClampToZero", [$"Input.Target[{Tahun}]"] = "20", ["ContohTarget"] = "20", ["ContohRealisasi"] = "50",
        };

        var clamped = await Forms.ParseAsync(await Forms.PostAsync(client, url, fields, handler: "Preview"));
        clamped.QuerySelector("[data-testid=preview]")!.TextContent.Trim().ShouldBe("0,00 %");
        var kept = await Forms.ParseAsync(await Forms.PostAsync(client, url, new(fields) { ["Input.NegativeResult"] = "Keep" }, handler: "Preview"));
        kept.QuerySelector("[data-testid=preview]")!.TextContent.Trim().ShouldBe("-50,00 %");

        (await Forms.PostAsync(client, url, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await app.DbAsync(d => d.Indikator.Where(i => i.Kode == kode && i.SasaranId == sasaran).Select(i => i.Id).SingleAsync());
        (await app.DbAsync(d => d.Indikator.Where(i => i.Id == id).Select(i => i.NegativeResult).SingleAsync()))
            .ShouldBe(Kinerja.Domain.Capaian.NegativeResult.ClampToZero);
        var reopened = await Forms.GetDocumentAsync(client, $"/Perencanaan/Indikator/{id}");
        reopened.QuerySelector<IHtmlSelectElement>("#Input_NegativeResult")!.Value.ShouldBe("ClampToZero");
    }

    [Theory, BothDatabases]
    public async Task RenstraWorkbook_RoundTrip_KeepsTheSetting_ThoughItIsNotAColumn(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var sasaran = await SasaranAsync(app, client);
        var created = await IndikatorAsync(client, sasaran, "NilaiAkhir", 20, "Negative", "Selisih", negativeResult: "ClampToZero", satuan: "kasus");
        var (id, kode) = (created.GetProperty("id").GetInt32(), created.GetProperty("kode").GetString()!);
        var renstra = await app.DbAsync(d => d.Sasaran.Where(s => s.Id == sasaran).Select(s => s.Tujuan.RenstraId).SingleAsync());

        var grid = Workbooks.Grid(await client.GetByteArrayAsync($"/api/v1/renstra/{renstra}/xlsx"));
        grid.Single(r => r.Count > 4 && r[3] as string == kode)[4] = "Jumlah kasus, diubah di Excel";
        (await Workbooks.UploadAsync(client, renstra, Workbooks.Write(grid))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stored = await app.DbAsync(d => d.Indikator.Where(i => i.Id == id).Select(i => new { i.Nama, i.NegativeResult }).SingleAsync());
        stored.Nama.ShouldBe("Jumlah kasus, diubah di Excel");
        stored.NegativeResult.ShouldBe(Kinerja.Domain.Capaian.NegativeResult.ClampToZero);
    }
}
