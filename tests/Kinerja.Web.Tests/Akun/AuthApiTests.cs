using System.Text.Json;

namespace Kinerja.Web.Tests.Akun;

[Collection("web")]
public class AuthApiTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Token_ForTheDemoKasubag_IsABearerTokenThatOpensTheApi(DatabaseProvider db)
    {
        var app = apps[db];
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "kasubag.bpbd", password = KinerjaApp.DemoPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        var token = body.GetProperty("accessToken").GetString()!;
        token.Length.ShouldBeGreaterThan(40);

        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userName").GetString().ShouldBe("kasubag.bpbd");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token[..^4] + "AAAA");
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, BothDatabases]
    public async Task WrongPassword_AnswersProblemDetailsInIndonesian(DatabaseProvider db)
    {
        using var client = apps[db].CreateClient();
        var problem = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "kabid.bpkpad", password = "keliru" }));

        problem.Status.ShouldBe(401);
        problem.Detail.ShouldBe("Nama pengguna atau kata sandi salah.");
    }

    [Theory, BothDatabases]
    public async Task ChangingOwnPassword_RequiresTheCurrentOne_AndTakesEffect(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpkpad");
        var opd = (await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/perangkat-daerah"))!.Single().GetProperty("id").GetInt32();
        var name = "sandi." + Guid.NewGuid().ToString("N")[..6];
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName = name, fullName = "Ganti Sandi", password = "Lama#2026x", perangkatDaerahId = opd })).EnsureSuccessStatusCode();
        var me = await app.ApiAsync(name, "Lama#2026x");

        var wrong = await Problem.ReadAsync(await me.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "bukan", newPassword = "Baru#2026x" }));
        wrong.Errors["CurrentPassword"].Single().ShouldBe("Kata sandi lama salah.");
        (await me.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "Lama#2026x", newPassword = "Baru#2026x" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = name, password = "Baru#2026x" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothDatabases]
    public async Task Health_ChecksTheDatabase_AndOpenApiDescribesTheApi(DatabaseProvider db)
    {
        using var client = apps[db].CreateClient();
        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
        health.GetProperty("status").GetString().ShouldBe("sehat");
        health.GetProperty("database").GetString().ShouldBe(db.ToString());
        health.GetProperty("pemda").GetInt32().ShouldBeGreaterThanOrEqualTo(2);

        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/units");
        paths.ShouldContain("/api/v1/auth/token");
        paths.ShouldContain("/api/v1/users/{id}/assignments");
    }
}
