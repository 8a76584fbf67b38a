using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Organisasi;

[Collection("web")]
public class UsersAndJabatanApiTests(TestApps apps)
{
    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<int> OpdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    private static async Task<int> UnitAsync(KinerjaApp app, string opd, string kode) =>
        await app.DbAsync(db => db.UnitKerja.Where(u => u.PerangkatDaerah.Kode == opd && u.Kode == kode).Select(u => u.Id).SingleAsync());

    private static async Task<string> NewUserAsync(HttpClient admin, int opd, string userName, string password = "Awal#2026x")
    {
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Pegawai Uji", password, perangkatDaerahId = opd, nip = "198001012005011001" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<int> NewJabatanAsync(HttpClient admin, int opd, int unit, string role = "Pelaksana")
    {
        var response = await admin.PostAsJsonAsync("/api/v1/jabatan", new { perangkatDaerahId = opd, unitKerjaId = unit, kode = "J" + Suffix(), nama = "Jabatan uji", role });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Theory, BothDatabases]
    public async Task NewUserWithAJabatan_LogsIn_AndSeesExactlyThatUnitsSubtree(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpbd");
        // A Kabid is a validating jabatan: only the Admin Pemda assigns it (separation of duties).
        var pemda = await app.ApiAsync("admin");
        var opd = await OpdAsync(app, "BPBD");
        var name = "staf." + Suffix();
        var id = await NewUserAsync(admin, opd, name);
        var jabatan = await NewJabatanAsync(admin, opd, await UnitAsync(app, "BPBD", "BID-KL"), "KepalaBidang");
        (await pemda.PostAsJsonAsync($"/api/v1/users/{id}/assignments", new { jabatanId = jabatan, isPlt = false, startDate = DateTime.UtcNow.ToString("yyyy-MM-dd") }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var units = (await (await app.ApiAsync(name, "Awal#2026x")).GetFromJsonAsync<List<JsonElement>>("/api/v1/units"))!;
        units.Select(u => u.GetProperty("kode").GetString()).ShouldBe(["BID-KL", "SEKSI-KEDARURATAN", "SEKSI-LOGISTIK"], ignoreOrder: true);
    }

    [Theory, BothDatabases]
    public async Task DuplicateUserName_IsRefused_AndNoSecondAccountExists(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpbd");
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "KASUBAG.BPBD", fullName = "Tiruan", password = "Tiruan#2026", perangkatDaerahId = await OpdAsync(app, "BPBD") });

        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(422);
        problem.Errors["UserName"].Single().ShouldBe("Nama pengguna kasubag.bpbd sudah dipakai.");
        (await app.DbAsync(d => d.Users.CountAsync(u => u.NormalizedUserName == "KASUBAG.BPBD"))).ShouldBe(1);
    }

    [Theory, BothDatabases]
    public async Task WeakPassword_OrMalformedNip_IsRefused_AndNoAccountIsCreated(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var name = "lemah." + Suffix();

        var weak = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/users", new { userName = name, fullName = "Lemah", password = "pendek", perangkatDaerahId = opd }));
        weak.Errors["Password"].Single().ShouldContain("minimal 8 karakter");
        var nip = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/users", new { userName = name, fullName = "Lemah", password = "Kuat#2026x", nip = "12ab", perangkatDaerahId = opd }));
        nip.Errors["Nip"].Single().ShouldBe("NIP harus 18 digit angka.");
        (await app.DbAsync(d => d.Users.AnyAsync(u => u.UserName == name))).ShouldBeFalse();
    }

    [Theory, BothDatabases]
    public async Task ExpiredPlt_IsRefused_ButACurrentPltGrantsAccessUntilItsEnd(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpbd");
        // A Kabid is a validating jabatan: only the Admin Pemda assigns it (separation of duties).
        var pemda = await app.ApiAsync("admin");
        var opd = await OpdAsync(app, "BPBD");
        var name = "plt." + Suffix();
        var id = await NewUserAsync(admin, opd, name);
        var jabatan = await NewJabatanAsync(admin, opd, await UnitAsync(app, "BPBD", "BID-RR"), "KepalaBidang");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var expired = await Problem.ReadAsync(await pemda.PostAsJsonAsync($"/api/v1/users/{id}/assignments",
            new { jabatanId = jabatan, isPlt = true, startDate = today.AddMonths(-3), endDate = today.AddDays(-10) }));
        expired.Errors["EndDate"].Single().ShouldContain("Masa Plt sudah berakhir");
        var noEnd = await Problem.ReadAsync(await pemda.PostAsJsonAsync($"/api/v1/users/{id}/assignments", new { jabatanId = jabatan, isPlt = true, startDate = today }));
        noEnd.Errors["EndDate"].Single().ShouldBe("Penugasan Plt harus memiliki tanggal selesai.");

        (await pemda.PostAsJsonAsync($"/api/v1/users/{id}/assignments", new { jabatanId = jabatan, isPlt = true, startDate = today.AddDays(-1), endDate = today.AddDays(30) }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var me = await (await app.ApiAsync(name, "Awal#2026x")).GetFromJsonAsync<JsonElement>("/api/v1/me");
        var held = me.GetProperty("jabatan").EnumerateArray().Single();
        held.GetProperty("isPlt").GetBoolean().ShouldBeTrue();
        held.GetProperty("unitNama").GetString().ShouldBe("Bidang Rehabilitasi dan Rekonstruksi");
    }

    [Theory, BothDatabases]
    public async Task EndingAnAssignment_RemovesTheAccessItGave(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var name = "pindah." + Suffix();
        var id = await NewUserAsync(admin, opd, name);
        var jabatan = await NewJabatanAsync(admin, opd, await UnitAsync(app, "BPBD", "SEKSI-LOGISTIK"));
        var created = await admin.PostAsJsonAsync($"/api/v1/users/{id}/assignments", new { jabatanId = jabatan, isPlt = false, startDate = DateTime.UtcNow.AddDays(-40).ToString("yyyy-MM-dd") });
        var assignment = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var user = await app.ApiAsync(name, "Awal#2026x");
        (await user.GetFromJsonAsync<List<JsonElement>>("/api/v1/units"))!.Count.ShouldBe(1);

        (await admin.DeleteAsync($"/api/v1/users/{id}/assignments/{assignment}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await user.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "ending a jabatan ends the user's sessions");
        using var again = app.CreateClient();
        var token = await again.PostAsJsonAsync("/api/v1/auth/token", new { username = name, password = "Awal#2026x" });
        again.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        (await again.GetFromJsonAsync<List<JsonElement>>("/api/v1/units"))!.ShouldBeEmpty();
        var end = await app.DbAsync(d => d.JabatanAssignments.Where(a => a.Id == assignment).Select(a => a.EndDate).SingleAsync());
        end.ShouldNotBeNull("the ended assignment stays as history");
    }

    [Theory, BothDatabases]
    public async Task JabatanWithAHolder_CannotBeDeleted_AndKabidMustSitInAUnit(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var held = await app.DbAsync(d => d.Jabatan.Where(j => j.Kode == "BPBD-KABID").Select(j => j.Id).SingleAsync());

        (await Problem.ReadAsync(await admin.DeleteAsync($"/api/v1/jabatan/{held}"))).Detail.ShouldContain("masih dijabat oleh");
        var noUnit = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/jabatan", new { perangkatDaerahId = opd, kode = "J" + Suffix(), nama = "Kabid tanpa bidang", role = "KepalaBidang" }));
        noUnit.Errors["UnitKerjaId"].Single().ShouldContain("harus berada di sebuah unit kerja");
    }

    [Theory, BothDatabases]
    public async Task AdminReset_SetsANewPassword_AndUnlocksALockedAccount(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("adminopd.bpbd");
        var name = "lupa." + Suffix();
        var id = await NewUserAsync(admin, await OpdAsync(app, "BPBD"), name);
        using var anonymous = app.CreateClient();
        for (var i = 0; i < 5; i++)
            await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = name, password = "salah" });
        var locked = await Problem.ReadAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = name, password = "Awal#2026x" }));
        locked.Detail.ShouldContain("dikunci sementara");

        (await admin.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { newPassword = "Baru#2026x" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = name, password = "Baru#2026x" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = name, password = "Awal#2026x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
