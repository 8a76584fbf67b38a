using System.Net;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>Links already sent out (letters, e-mails, bookmarks) to the pages' first addresses keep working.</summary>
[Collection("web")]
public class OldPageUrlsTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task OldRoundAndFormAddresses_RedirectPermanently_ToTodaysPages_KeepingTheQuery(DatabaseProvider db)
    {
        var app = apps[db];
        // The redirect is by address only; the new page then checks existence and access as always.
        var (round, form) = (4711, 815);
        var client = await app.PagesAsync("admin");

        await Moved(client, $"/Pengumpulan/Putaran/{round}", $"/Pengumpulan/{round}");
        await Moved(client, $"/Pengumpulan/Formulir/{form}", $"/Pengumpulan/Format/{form}");
        await Moved(client, $"/Pengumpulan/Formulir/{form}/Riwayat?baris=indikator:1", $"/Pengumpulan/Format/{form}/Riwayat?baris=indikator:1");
        await Moved(client, $"/Pengumpulan/Formulir/{form}/excel", $"/Pengumpulan/Format/{form}/Excel");
        (await client.GetAsync($"/Pengumpulan/Formulir/{form}/tidak-ada")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task Moved(HttpClient client, string from, string to)
    {
        var response = await client.GetAsync(from);
        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently, from);
        response.Headers.Location!.OriginalString.ShouldBe(to);
    }
}
