using System.Text.Json;
using Kinerja.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// The BPKPAD SOP runs alongside its TW I 2028 round: the Sekretaris ticks a kelengkapan item and disposes to the
/// Kasubag, finishes step 1 forty minutes after it started (standard 15 menit, so 25 minutes late), the Kasubag
/// initials the disposisi and finishes step 2 on time; the timeline shows step 1 red and the compliance report
/// shows it late by 25 minutes. The app's clock is pinned to Monday 7 February 2028, 09:00 WITA.
/// </summary>
[Collection("browser")]
public class SopPelaksanaanJourneyTests(BrowserFixture app)
{
    private static readonly DateTimeOffset Monday0900Wita = new(2028, 2, 7, 1, 0, 0, TimeSpan.Zero);

    private async Task<IPage> AsAsync(string user)
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(user, BrowserFixture.DemoPassword);
        return page;
    }

    [Fact]
    public async Task BpkpadSop_RunsWithTheRound_DispositionsAndParaf_OneStepLate_ShowsInTheComplianceReport()
    {
        app.Clock.Pinned = Monday0900Wita;
        try
        {
            var kasubag = await AsAsync("kasubag.bpkpad");
            var opds = await (await kasubag.APIRequest.GetAsync("/api/v1/perangkat-daerah")).JsonAsync();
            var opd = opds!.Value.EnumerateArray().Single(o => o.GetProperty("kode").GetString() == "BPKPAD").GetProperty("id").GetInt32();
            var open = await kasubag.APIRequest.PostAsync("/api/v1/pengumpulan", new() { DataObject = new { perangkatDaerahId = opd, tahun = 2028, triwulan = 1, batasWaktu = "2028-04-30" } });
            open.Status.ShouldBe(201, await open.TextAsync());

            // Opening the round started the SOP: it is listed, step 1 waits for the Sekretaris.
            await kasubag.GotoAsync("/Sop/Pelaksanaan");
            await BrowserFixture.ShotAsync(kasubag, "sopjalan-01-daftar");
            await kasubag.Locator("[data-testid=pelaksanaan] tr", new() { HasTextString = "TW I 2028" }).GetByRole(AriaRole.Link, new() { Name = "Buka" }).ClickAsync();
            var detailUrl = kasubag.Url;
            (await kasubag.Locator("[data-testid=langkah] tr[data-step='1']").InnerTextAsync()).ShouldContain("Sekretaris");

            var sekretaris = await AsAsync("sekretaris.bpkpad");
            await sekretaris.GotoAsync(detailUrl);
            await BrowserFixture.ShotAsync(sekretaris, "sopjalan-02-sekretaris-langkah-1");
            var item = sekretaris.Locator("[data-testid=kelengkapan]", new() { HasTextString = "Rencana Aksi" });
            await item.Locator("input[name=tautan]").FillAsync("/Perencanaan/Pk");
            await item.GetByRole(AriaRole.Button, new() { Name = "Tandai ada" }).ClickAsync();
            (await sekretaris.Locator("[data-testid=kelengkapan]", new() { HasTextString = "Rencana Aksi" }).InnerTextAsync()).ShouldContain("☑");

            await sekretaris.GetByLabel("Kepada", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "kasubag.bpkpad" });
            await sekretaris.GetByLabel("Instruksi").FillAsync("Kumpulkan laporan kinerja TW I 2028 dari setiap bidang");
            await sekretaris.GetByPlaceholder("Lampiran").FillAsync("Rencana Aksi 2028");
            await sekretaris.GetByRole(AriaRole.Button, new() { Name = "Kirim disposisi" }).ClickAsync();
            (await sekretaris.Locator("[data-testid=disposisi]").InnerTextAsync()).ShouldContain("Menunggu paraf");
            await BrowserFixture.ShotAsync(sekretaris, "sopjalan-02-sekretaris-disposisi");

            // Forty minutes after the start: step 1 (15 menit) is finished 25 minutes late.
            app.Clock.Pinned = Monday0900Wita.AddMinutes(40);
            await sekretaris.GotoAsync(detailUrl);
            await sekretaris.GetByLabel("Dokumen output").FillAsync("Disposisi Sekretaris");
            await sekretaris.GetByRole(AriaRole.Button, new() { Name = "Selesaikan langkah" }).ClickAsync();
            (await sekretaris.Locator("[data-testid=langkah] tr[data-step='1'] [data-testid=terlambat]").InnerTextAsync()).ShouldBe("Terlambat 25 menit");

            // The Kasubag initials the disposisi and finishes step 2 in 10 minutes.
            await kasubag.GotoAsync(detailUrl);
            await kasubag.Locator("[data-testid=disposisi]").GetByRole(AriaRole.Button, new() { Name = "Paraf", Exact = true }).ClickAsync();
            (await kasubag.Locator("[data-testid=disposisi]").InnerTextAsync()).ShouldContain("Diparaf 07-02-2028 09:40");
            await kasubag.GetByRole(AriaRole.Link, new() { Name = "Lembar disposisi" }).First.ClickAsync();
            (await kasubag.Locator("[data-testid=paraf]").InnerTextAsync()).ShouldContain("DIPARAF · kasubag.bpkpad · 07-02-2028 09:40");
            await BrowserFixture.ShotAsync(kasubag, "sopjalan-03-lembar-disposisi");

            app.Clock.Pinned = Monday0900Wita.AddMinutes(50);
            await kasubag.GotoAsync(detailUrl);
            await kasubag.GetByRole(AriaRole.Button, new() { Name = "Selesaikan langkah" }).ClickAsync();
            (await kasubag.Locator("[data-testid=langkah] tr[data-step='3']").InnerTextAsync()).ShouldContain("Pelaksana");
            await BrowserFixture.ShotAsync(kasubag, "sopjalan-04-pelaksanaan");

            await kasubag.GetByRole(AriaRole.Link, new() { Name = "Linimasa" }).First.ClickAsync();
            (await kasubag.Locator("[data-testid=bar-aktual].terlambat").CountAsync()).ShouldBe(1);
            ((await kasubag.Locator("svg.linimasa g[data-step='1']").TextContentAsync()) ?? "").ShouldContain("terlambat 25 menit", Case.Insensitive);
            await BrowserFixture.ShotAsync(kasubag, "sopjalan-05-linimasa");

            await kasubag.GotoAsync(detailUrl);
            await kasubag.GetByRole(AriaRole.Link, new() { Name = "Laporan kepatuhan" }).ClickAsync();
            (await kasubag.Locator("[data-testid=terlambat] tr[data-step='1']").InnerTextAsync()).ShouldContain("25 menit");
            (await kasubag.Locator("[data-testid=persen]").InnerTextAsync()).ShouldBe("50 %");
            await BrowserFixture.ShotAsync(kasubag, "sopjalan-06-kepatuhan");
        }
        finally
        {
            app.Clock.Pinned = null;
        }
    }
}
