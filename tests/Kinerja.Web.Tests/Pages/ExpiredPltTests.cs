using System.Text.Json;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Organisasi;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages;

[Collection("web")]
public class ExpiredPltTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task UserWhosePltEnded_IsToldSoOnTheDashboard_AndNoLongerReadsThatUnit(DatabaseProvider db)
    {
        var app = apps[db];
        var name = "pltlama." + Guid.NewGuid().ToString("N")[..6];
        // An assignment recorded while it was current, whose end date has since passed.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var data = scope.ServiceProvider.GetRequiredService<Kinerja.Web.Data.AppDbContext>();
            var opd = await data.PerangkatDaerah.SingleAsync(o => o.Kode == "BPBD");
            var user = new AppUser { UserName = name, FullName = "Mantan Plt", PemdaId = opd.PemdaId, PerangkatDaerahId = opd.Id };
            (await users.CreateAsync(user, "Lama#2026x")).Succeeded.ShouldBeTrue();
            var kabid = await data.Jabatan.SingleAsync(j => j.Kode == "BPBD-KABID");
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            data.JabatanAssignments.Add(new JabatanAssignment { UserId = user.Id, JabatanId = kabid.Id, IsPlt = true, StartDate = today.AddMonths(-4), EndDate = today.AddDays(-3) });
            await data.SaveChangesAsync();
        }

        var home = await Forms.GetDocumentAsync(await app.PagesAsync(name, "Lama#2026x"), "/");
        var warning = home.QuerySelector(".alert-warning")!.TextContent;
        warning.ShouldContain("Masa Plt Anda sebagai");
        warning.ShouldContain("Kepala Bidang Pencegahan dan Kesiapsiagaan");
        warning.ShouldContain("telah berakhir pada");
        home.QuerySelector(".alert-info")!.TextContent.ShouldContain("belum memangku jabatan aktif");

        var api = await app.ApiAsync(name, "Lama#2026x");
        (await api.GetFromJsonAsync<List<JsonElement>>("/api/v1/units"))!.ShouldBeEmpty();
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("jabatan").GetArrayLength().ShouldBe(0);
    }
}
