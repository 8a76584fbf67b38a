using System.Text.Json;
using Kinerja.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>The round's SK through the PUPRPERKIM SOP in the browser: drafted, corrected, initialled, refused with a reason, initialled again, signed.</summary>
[Collection("browser")]
public class SuratJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Sk_IsDrafted_Initialled_RefusedWithAReason_InitialledAgain_AndSigned()
    {
        var kasubag = await LogInAsync("kasubag.puprperkim");
        var roundId = await OpenRoundAsync(kasubag);

        await kasubag.GotoAsync($"/Pengumpulan/Surat?pengumpulan={roundId}");
        await BrowserFixture.ShotAsync(kasubag, "40-surat-daftar-kosong");
        await kasubag.GetByRole(AriaRole.Button, new() { Name = "Buat SK", Exact = true }).ClickAsync();
        kasubag.Url.ShouldContain("/Pengumpulan/Surat/Detail?id=");
        var detail = kasubag.Url;
        (await Status(kasubag)).ShouldBe("Draf");
        await Click(kasubag, "Ajukan untuk koreksi");
        await kasubag.GetByLabel("Catatan koreksi").FillAsync("Sesuaikan batas waktu dengan jadwal SOP.");
        await Click(kasubag, "Selesai koreksi");
        await Click(kasubag, "Paraf");
        (await Status(kasubag)).ShouldBe("Menunggu paraf Sekretaris");
        await BrowserFixture.ShotAsync(kasubag, "41-surat-paraf-kasubag");

        // The Sekretaris refuses: without a reason the error stands next to the field; with one, back to correction.
        var sekretaris = await LogInAsync("sekretaris.puprperkim");
        await sekretaris.GotoAsync(detail);
        await Click(sekretaris, "Tolak");
        (await sekretaris.Locator("[data-testid=catatan-error]").InnerTextAsync()).ShouldContain("alasan penolakan");
        (await Status(sekretaris)).ShouldBe("Menunggu paraf Sekretaris");
        await BrowserFixture.ShotAsync(sekretaris, "42-surat-tolak-tanpa-alasan");
        await sekretaris.GetByLabel("Alasan penolakan (wajib)").FillAsync("Lampiran daftar unit belum lengkap.");
        await Click(sekretaris, "Tolak");
        (await Status(sekretaris)).ShouldBe("Dalam koreksi");
        (await sekretaris.Locator("[data-testid=catatan]").InnerTextAsync()).ShouldContain("Lampiran daftar unit belum lengkap.");

        await kasubag.GotoAsync(detail);
        await Click(kasubag, "Selesai koreksi");
        await Click(kasubag, "Paraf");
        await sekretaris.GotoAsync(detail);
        await Click(sekretaris, "Paraf");
        (await Status(sekretaris)).ShouldBe("Menunggu tanda tangan Kepala");

        var kepala = await LogInAsync("kepala.puprperkim");
        await kepala.GotoAsync(detail);
        await BrowserFixture.ShotAsync(kepala, "43-surat-menunggu-tanda-tangan");
        await Click(kepala, "Tanda tangani");
        (await Status(kepala)).ShouldBe("Ditandatangani");
        (await kepala.Locator("[data-testid=nomor]").InnerTextAsync()).ShouldMatch(@"800/\d{3}/PUPRPERKIM/\d{4}");
        var history = await kepala.Locator("[data-testid=riwayat-item]").AllInnerTextsAsync();
        history.Count.ShouldBe(8);
        history[3].ShouldContain("Lampiran daftar unit belum lengkap.");
        history[^1].ShouldContain("kepala.puprperkim");
        await BrowserFixture.ShotAsync(kepala, "44-surat-ditandatangani");

        var docx = await kepala.APIRequest.GetAsync(detail.Replace("/Pengumpulan/Surat/Detail?id=", "/api/v1/surat/") + "/docx");
        docx.Status.ShouldBe(200);
        (await docx.BodyAsync()).Length.ShouldBeGreaterThan(1000);

        // The template page: a file that is not a DOCX is refused next to the field, and the built-in template stays.
        await kasubag.GotoAsync("/Pengumpulan/Surat?pengumpulan=" + roundId);
        await kasubag.GetByRole(AriaRole.Link, new() { Name = "Templat surat" }).ClickAsync();
        await kasubag.GetByLabel("Templat pengganti (.docx)").First.SetInputFilesAsync(new FilePayload
            { Name = "templat.docx", MimeType = "application/octet-stream", Buffer = "bukan docx"u8.ToArray() });
        await kasubag.GetByRole(AriaRole.Button, new() { Name = "Unggah templat" }).First.ClickAsync();
        (await kasubag.Locator("[data-testid=file-error]").InnerTextAsync()).ShouldContain("bukan dokumen Word");
        (await kasubag.Locator("[data-testid=template-sk]").InnerTextAsync()).ShouldContain("Templat bawaan aplikasi.");
        await BrowserFixture.ShotAsync(kasubag, "45-surat-templat-ditolak");
    }

    private async Task<IPage> LogInAsync(string user)
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(user, BrowserFixture.DemoPassword);
        return page;
    }

    /// <summary>Opens a PUPRPERKIM round through the API with the planner's cookie: the first free quarter from 2027 TW I.</summary>
    private static async Task<int> OpenRoundAsync(IPage page)
    {
        var opds = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/perangkat-daerah")).TextAsync()).RootElement;
        var opd = opds.EnumerateArray().Single(o => o.GetProperty("kode").GetString() == "PUPRPERKIM").GetProperty("id").GetInt32();
        foreach (var (tahun, tw) in new[] { (2027, 1), (2027, 3), (2028, 1), (2028, 3) })
        {
            var r = await page.APIRequest.PostAsync("/api/v1/pengumpulan", new()
            {
                DataObject = new { perangkatDaerahId = opd, tahun, triwulan = tw, batasWaktu = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd") },
            });
            if (r.Status == 201) return JsonDocument.Parse(await r.TextAsync()).RootElement.GetProperty("id").GetInt32();
        }
        throw new InvalidOperationException("no free PUPRPERKIM quarter to open");
    }

    private static async Task Click(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task<string> Status(IPage page) => (await page.Locator("[data-testid=status]").InnerTextAsync()).Trim();
}
