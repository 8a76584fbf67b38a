using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Akun;

/// <summary>Issue 13: lockout under concurrency, revocation of every session, separation of duties, races → 409.</summary>
[Collection("web")]
public class AccountSecurityTests(TestApps apps)
{
    private const string Password = "Awal#2026x";

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<(string Id, string Name)> NewUserAsync(KinerjaApp app, string prefix)
    {
        var admin = await app.ApiAsync("adminopd.bpbd");
        var opd = await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == "BPBD").Select(o => o.Id).SingleAsync());
        var name = prefix + "." + Suffix();
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName = name, fullName = "Pegawai Uji", password = Password, perangkatDaerahId = opd });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, name);
    }

    private static async Task<HttpResponseMessage> TokenAsync(KinerjaApp app, string name, string password)
    {
        using var anonymous = app.CreateClient();
        return await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = name, password });
    }

    private static async Task<HttpClient> BearerAsync(KinerjaApp app, string name, string password = Password)
    {
        var response = await TokenAsync(app, name, password);
        response.EnsureSuccessStatusCode();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Both kinds of session: a bearer token and a browser cookie. Each must end.</summary>
    private static async Task ShouldBeSignedOutAsync(HttpClient bearer, HttpClient pages)
    {
        (await bearer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await pages.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
    }

    private static async Task ShouldBeSignedInAsync(HttpClient bearer, HttpClient pages)
    {
        (await bearer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pages.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothDatabases]
    public async Task ParallelWrongPasswords_LockTheAccount_AndTheRightOneIsThenRefused(DatabaseProvider db)
    {
        var app = apps[db];
        var (id, name) = await NewUserAsync(app, "serbu");

        var burst = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => TokenAsync(app, name, "Salah#2026x")));
        burst.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Unauthorized);

        var right = await Problem.ReadAsync(await TokenAsync(app, name, Password));
        right.Status.ShouldBe(401);
        right.Detail!.ShouldContain("dikunci sementara");
        var lockedUntil = await app.DbAsync(d => d.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).SingleAsync());
        lockedUntil.ShouldNotBeNull();
        var audit = await app.DbAsync(d => d.AuditEntries.Where(a => a.Entity == "Akun" && a.EntityKey == name).Select(a => a.Action).ToListAsync());
        // Four plain failures; the fifth locks the account, and every later attempt (the right one too) meets the lock.
        audit.Count(a => a == "MasukGagal").ShouldBe(4);
        audit.Count(a => a == "MasukTerkunci").ShouldBe(37);
    }

    [Theory, BothDatabases]
    public async Task SignInAttempts_AreAudited_IncludingUnknownNames(DatabaseProvider db)
    {
        var app = apps[db];
        var (_, name) = await NewUserAsync(app, "jejak");
        var ghost = "hantu." + Suffix();

        (await TokenAsync(app, name, "Salah#2026x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenAsync(app, name, Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var unknown = await Problem.ReadAsync(await TokenAsync(app, ghost, Password));
        unknown.Detail.ShouldBe("Nama pengguna atau kata sandi salah.", "the same answer as a wrong password: names cannot be probed");

        var rows = await app.DbAsync(d => d.AuditEntries.Where(a => a.Entity == "Akun" && (a.EntityKey == name || a.EntityKey == ghost))
            .OrderBy(a => a.Id).Select(a => new { a.EntityKey, a.Action, a.Changes }).ToListAsync());
        rows.Select(r => r.Action).ShouldBe(["MasukGagal", "MasukBerhasil", "MasukGagal"]);
        rows[0].Changes.ShouldContain("kata sandi salah");
        rows[2].EntityKey.ShouldBe(ghost);
        rows[2].Changes.ShouldContain("nama pengguna tidak dikenal");
    }

    [Theory, BothDatabases]
    public async Task NavigationLogout_WorksWithItsAntiforgeryToken_AndEndsEverySession(DatabaseProvider db)
    {
        var app = apps[db];
        var (_, name) = await NewUserAsync(app, "keluar");
        var here = await app.PagesAsync(name, Password);
        var elsewhere = await app.PagesAsync(name, Password);
        var bearer = await BearerAsync(app, name);
        await ShouldBeSignedInAsync(bearer, elsewhere);

        var home = await Forms.GetDocumentAsync(here, "/");
        var form = home.QuerySelector("nav form[action='/Akun/Keluar']") ?? throw new InvalidOperationException("no logout form in the navigation");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement;
        token.ShouldNotBeNull("the navigation's logout form carries its antiforgery token");
        var logout = await here.PostAsync("/Akun/Keluar", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token.Value }));
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await ShouldBeSignedOutAsync(bearer, here);
        await ShouldBeSignedOutAsync(bearer, elsewhere);
        var audit = await app.DbAsync(d => d.AuditEntries.Where(a => a.Entity == "Akun" && a.EntityKey == name).Select(a => a.Action).ToListAsync());
        audit.ShouldContain("Keluar");
    }

    [Theory, BothDatabases]
    public async Task LogoutEverywhere_ThroughTheApi_EndsCookiesAndTokens(DatabaseProvider db)
    {
        var app = apps[db];
        var (_, name) = await NewUserAsync(app, "semua");
        var pages = await app.PagesAsync(name, Password);
        var bearer = await BearerAsync(app, name);
        var other = await BearerAsync(app, name);

        (await other.PostAsync("/api/v1/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeSignedOutAsync(bearer, pages);
        (await other.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ShouldBeSignedInAsync(await BearerAsync(app, name), await app.PagesAsync(name, Password));
    }

    [Theory, BothDatabases]
    public async Task PasswordChange_EndsTheOtherSessions_ButKeepsThisBrowserSignedIn(DatabaseProvider db)
    {
        var app = apps[db];
        var (_, name) = await NewUserAsync(app, "ganti");
        var here = await app.PagesAsync(name, Password);
        var elsewhere = await app.PagesAsync(name, Password);
        var bearer = await BearerAsync(app, name);

        var changed = await Forms.PostAsync(here, "/Akun/GantiSandi", new()
        {
            ["Input.CurrentPassword"] = Password, ["Input.NewPassword"] = "Baru#2026xy", ["Input.ConfirmPassword"] = "Baru#2026xy",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await ShouldBeSignedOutAsync(bearer, elsewhere);
        (await here.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, "the browser that changed it got a fresh cookie");
    }

    [Theory, BothDatabases]
    public async Task AdminReset_EndsEverySessionOfThatUser(DatabaseProvider db)
    {
        var app = apps[db];
        var (id, name) = await NewUserAsync(app, "reset");
        var pages = await app.PagesAsync(name, Password);
        var bearer = await BearerAsync(app, name);
        await ShouldBeSignedInAsync(bearer, pages);

        var admin = await app.ApiAsync("adminopd.bpbd");
        (await admin.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { newPassword = "Reset#2026xy" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeSignedOutAsync(bearer, pages);
    }

    [Theory, BothDatabases]
    public async Task AdminOpd_CannotGrantThemselvesTheKepala_NorAnyoneASigningJabatan_ButTheAdminPemdaCan(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpbd");
        var self = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString();
        var kepala = await app.DbAsync(d => d.Jabatan.Where(j => j.PerangkatDaerah!.Kode == "BPBD" && j.Role == Kinerja.Domain.Organisasi.SopRole.Kepala)
            .Select(j => j.Id).FirstAsync());
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var end = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");

        var own = await Problem.ReadAsync(await admin.PostAsJsonAsync($"/api/v1/users/{self}/assignments", new { jabatanId = kepala, isPlt = true, startDate = today, endDate = end }));
        own.Status.ShouldBe(403);
        own.Detail.ShouldContain("jabatan Anda sendiri");

        var (other, _) = await NewUserAsync(app, "plt");
        var colleague = await Problem.ReadAsync(await admin.PostAsJsonAsync($"/api/v1/users/{other}/assignments", new { jabatanId = kepala, isPlt = true, startDate = today, endDate = end }));
        colleague.Status.ShouldBe(403);
        colleague.Detail.ShouldContain("hanya dapat ditugaskan atau diakhiri oleh Admin Pemda");
        (await app.DbAsync(d => d.JabatanAssignments.CountAsync(a => (a.UserId == self || a.UserId == other) && a.JabatanId == kepala))).ShouldBe(0);

        var pemda = await app.ApiAsync("admin");
        (await pemda.PostAsJsonAsync($"/api/v1/users/{other}/assignments", new { jabatanId = kepala, isPlt = true, startDate = today, endDate = end }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var pemdaSelf = (await pemda.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString();
        (await pemda.PostAsJsonAsync($"/api/v1/users/{pemdaSelf}/assignments", new { jabatanId = kepala, isPlt = true, startDate = today, endDate = end }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "not even the Admin Pemda grants themselves a jabatan");
    }

    [Theory, BothDatabases]
    public async Task ParallelIdenticalCreates_AnswerOneSuccessAndConflicts_NeverA500(DatabaseProvider db)
    {
        var app = apps[db];
        var opd = await app.DbAsync(d => d.PerangkatDaerah.Where(o => o.Kode == "BPBD").Select(o => o.Id).SingleAsync());
        var name = "kembar." + Suffix();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = await app.ApiAsync("adminopd.bpbd");
            return await client.PostAsJsonAsync("/api/v1/users", new { userName = name, fullName = "Kembar", password = Password, perangkatDaerahId = opd });
        }));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            var problem = await Problem.ReadAsync(refused);
            problem.Status.ShouldBeOneOf(409, 422);
        }
        (await app.DbAsync(d => d.Users.CountAsync(u => u.UserName == name))).ShouldBe(1);
    }
}
