using System.Globalization;
using System.Net;
using System.Text.Json;
using Kinerja.Web.Documents;
using static Kinerja.Web.Tests.Rekap.RekapFixture;

namespace Kinerja.Web.Tests.Rekap;

/// <summary>GET /api/v1/rekap/xlsx: the workbook an official downloads holds the API's own figures, as numbers.</summary>
[Collection("web")]
public class RekapXlsxTests(TestApps apps)
{
    private static async Task<Dictionary<string, List<SheetCell[]>>> WorkbookAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/rekap/xlsx?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldEndWith(".xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts", "xlsx");
        Directory.CreateDirectory(dir);
        await File.WriteAllBytesAsync(Path.Combine(dir, "rekap-" + query.GetHashCode().ToString("x", CultureInfo.InvariantCulture) + ".xlsx"), bytes);
        return Xlsx.ReadSheets(new MemoryStream(bytes), 5000);
    }

    private static string Cell(SheetCell[] row, int i) => i < row.Length ? row[i].Text : "";

    [Theory, BothDatabases]
    public async Task TheWorkbook_HoldsEveryIndicatorWithTheApisRoundedCapaian_AndTheBudgetTotals(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var client = await app.ApiAsync("kasubag.bpbd");
        var query = $"tahun={Tahun}&periode=S1";
        var api = await RekapAsync(client, query);
        var book = await WorkbookAsync(client, query);

        book.Keys.ShouldBe(["Capaian", "Per triwulan", "Anggaran", "Pemeriksaan"]);
        var capaian = book["Capaian"];
        Cell(capaian[0], 0).ShouldContain(api.GetProperty("cakupan").GetString()!);
        Cell(capaian[1], 0).ShouldContain("Semester I 2026");
        Cell(capaian[1], 0).ShouldContain("Hanya data yang sudah dikunci");
        var decimals = api.GetProperty("desimalCapaian").GetInt32();
        var rows = Rows(api).ToList();
        var indicatorRows = capaian.Skip(3).Where(r => r.Length > 3 && Cell(r, 3) != "").ToList();
        indicatorRows.Select(r => Cell(r, 3)).ShouldBe(rows.Select(r => r.GetProperty("kode").GetString()));
        foreach (var (sheet, row) in indicatorRows.Zip(rows))
        {
            var kode = row.GetProperty("kode").GetString();
            var c = row.GetProperty("capaian");
            if (c.GetProperty("nilai").ValueKind == JsonValueKind.Number)
            {
                sheet[8].IsNumber.ShouldBeTrue(kode);
                decimal.Parse(sheet[8].Text, CultureInfo.InvariantCulture)
                    .ShouldBe(Math.Round(c.GetProperty("nilai").GetDecimal(), decimals, MidpointRounding.AwayFromZero), kode);
            }
            else Cell(sheet, 8).ShouldBe(c.GetProperty("tampil").GetString(), kode);
        }
        // Nobody types the mean in: the footer is the API's mean, rounded as shown.
        var mean = capaian.Single(r => Cell(r, 4) == "Rata-rata capaian");
        decimal.Parse(mean[8].Text, CultureInfo.InvariantCulture).ShouldBe(
            Math.Round(api.GetProperty("rataRataCapaian").GetProperty("nilai").GetDecimal(), decimals, MidpointRounding.AwayFromZero));

        // Per quarter: each indicator's realisasi TW I and TW II as the API counted them.
        var triwulan = book["Per triwulan"].Skip(3).ToDictionary(r => Cell(r, 0));
        foreach (var row in rows)
        {
            var sheet = triwulan[row.GetProperty("kode").GetString()!];
            var tw1 = row.GetProperty("triwulan").EnumerateArray().Single(t => t.GetProperty("triwulan").GetInt32() == 1).GetProperty("realisasi");
            if (tw1.ValueKind == JsonValueKind.Number) sheet[6].IsNumber.ShouldBeTrue();
            else Cell(sheet, 6).ShouldBeEmpty();
        }

        // Budget: the OPD's pagu as a number, the same total the API gives.
        var opd = api.GetProperty("perangkatDaerah")[0];
        var total = book["Anggaran"].Single(r => Cell(r, 2) == "Jumlah");
        total[3].IsNumber.ShouldBeTrue();
        long.Parse(total[3].Text, CultureInfo.InvariantCulture).ShouldBe(opd.GetProperty("keuangan").GetProperty("pagu").GetInt64());
        book["Anggaran"].Skip(3).Count(r => Cell(r, 2) != "Jumlah").ShouldBe(opd.GetProperty("anggaran").GetArrayLength());
        book["Pemeriksaan"].Skip(3).Count().ShouldBe(Math.Max(1, api.GetProperty("pemeriksaan").GetArrayLength()));
    }

    [Theory, BothDatabases]
    public async Task SubmittedData_IsMarkedNotFinal_AndABadPeriodIsAProblemNotAFile(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var client = await app.ApiAsync("kasubag.bpbd");
        var book = await WorkbookAsync(client, $"tahun={Tahun}&periode=TW2&diajukan=true");
        Cell(book["Capaian"][1], 0).ShouldContain("BELUM FINAL");
        book["Pemeriksaan"].Skip(3).Select(r => Cell(r, 2)).ShouldContain(t => t.Contains("belum dikunci"));

        var bad = await client.GetAsync($"/api/v1/rekap/xlsx?tahun={Tahun}&periode=TW9");
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await bad.Content.ReadAsStringAsync()).ShouldContain("periode");
    }
}
