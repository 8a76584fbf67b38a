using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>Entering values: outliers need words, the deadline closes the form to the unit, two editors never overwrite each other.</summary>
[Collection("web")]
public class SaveFormatTests(TestApps apps)
{
    private const string Unit = "Seksi Pencegahan";

    [Theory, BothDatabases]
    public async Task AFarOffValue_NeedsAnExplanation_AndThenAConfirmedWarning(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, staff) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("pelaksana.bpbd"));
        var formId = FormatOf(await OpenFreeAsync(app, planner, "BPBD"), Unit);
        var rows = await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";
        var form = await JsonAsync(await staff.PutAsJsonAsync(url, FillAll(await JsonAsync(await staff.GetAsync(url)), 100)));
        form = await JsonAsync(await staff.PutAsJsonAsync(url, Fix(form, "IK-1.3", 10, null)));
        var key = $"indikator:{rows["IK-1.3"]}";

        var unexplained = await Problem.ReadAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form), konfirmasi = true }));
        unexplained.Errors[key + ".penjelasan"][0].ShouldBe("Realisasi 10 jauh dari target 100 (10 % dari target). Tuliskan penjelasannya.");

        var row = Row(form, "IK-1.3");
        form = await JsonAsync(await staff.PutAsJsonAsync(url, new
        {
            indikator = new[] { new { id = rows["IK-1.3"], version = row.GetProperty("version").GetInt32(), realisasi = 10m, penjelasan = "Pelatihan dipindah ke TW berikutnya karena banjir" } },
        }));
        var unconfirmed = await Problem.ReadAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form) }));
        unconfirmed.Errors.ShouldContainKey("konfirmasi");
        unconfirmed.Errors[key + ".realisasi"][0].ShouldStartWith("Realisasi 10 jauh dari target 100");
        (await JsonAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form), konfirmasi = true }))).GetProperty("status").GetString().ShouldBe("MenungguKabid");
    }

    [Theory, BothDatabases]
    public async Task AfterTheDeadline_TheUnitIsRefused_AndThePlannerEntersOnItsBehalfWithAReason(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, staff) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("pelaksana.bpbd"));
        var round = await OpenFreeAsync(app, planner, "BPBD");
        var formId = FormatOf(round, Unit);
        await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";
        var form = await JsonAsync(await staff.GetAsync(url));
        await app.DbAsync(d => d.PengumpulanData.Where(r => r.Id == round.GetProperty("id").GetInt32())
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.BatasWaktuUtc, DateTime.UtcNow.AddMinutes(-1))));

        var late = await Problem.ReadAsync(await staff.PutAsJsonAsync(url, FillAll(form, 100)));
        (late.Status, late.Detail).ShouldBe((422, "Batas waktu pengumpulan sudah lewat; hubungi Kasubag Perencanaan untuk pengisian atas nama unit."));
        (await Problem.ReadAsync(await planner.PutAsJsonAsync(url, FillAll(form, 100)))).Errors.ShouldContainKey("alasan");
        var fill = FillAll(form, 100);
        var withReason = System.Text.Json.JsonSerializer.SerializeToNode(fill)!.AsObject();
        withReason["alasan"] = "Data diserahkan Seksi lewat surat";
        form = await JsonAsync(await planner.PutAsJsonAsync(url, withReason));

        form.GetProperty("diisiPerencanaan").GetBoolean().ShouldBeTrue();
        form.GetProperty("lewatBatasWaktu").GetBoolean().ShouldBeTrue();
        var audit = await app.DbAsync(d => d.AuditEntries.Where(a => a.Entity == "FormatIndikator" && a.EntityKey == form.GetProperty("indikator")[0].GetProperty("id").GetInt32().ToString() && a.Action == "Modified" && a.UserName != "sistem")
            .Select(a => new { a.UserName, a.Alasan }).ToListAsync());
        audit.ShouldHaveSingleItem().ShouldBe(new { UserName = (string?)"kasubag.bpbd", Alasan = (string?)"Diisi Perencanaan atas nama unit: Data diserahkan Seksi lewat surat" });
    }

    [Theory, BothDatabases]
    public async Task TwoEditorsOfTheSameRow_TheSecondGetsAConflict_AndTheFirstValueStays(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, staff, kasi) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("pelaksana.bpbd"), await app.ApiAsync("kasi.bpbd"));
        var formId = FormatOf(await OpenFreeAsync(app, planner, "BPBD"), Unit);
        var rows = await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";
        var seen = await JsonAsync(await staff.GetAsync(url));
        await JsonAsync(await staff.PutAsJsonAsync(url, Fix(seen, "IK-1.3", 98, null)));

        var second = await Problem.ReadAsync(await kasi.PutAsJsonAsync(url, Fix(seen, "IK-1.3", 77, null)));
        second.Status.ShouldBe(409);
        second.Detail.ShouldNotBeNullOrWhiteSpace();
        (await app.DbAsync(d => d.FormatIndikator.Where(r => r.Id == rows["IK-1.3"]).Select(r => r.Realisasi).SingleAsync())).ShouldBe(98);
    }

    [Theory, BothDatabases]
    public async Task ABadRowInASave_ChangesNothing(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, staff) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("pelaksana.bpbd"));
        var formId = FormatOf(await OpenFreeAsync(app, planner, "BPBD"), Unit);
        var rows = await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";
        var form = await JsonAsync(await staff.GetAsync(url));
        var row = Row(form, "IK-1.3");
        var bad = await Problem.ReadAsync(await staff.PutAsJsonAsync(url, new
        {
            indikator = new object[]
            {
                new { id = rows["IK-1.3"], version = row.GetProperty("version").GetInt32(), realisasi = 50m },
                new { id = 999999, version = 0, realisasi = 1m },
            },
        }));
        (bad.Status, bad.Errors["indikator:999999"][0]).ShouldBe((422, "Baris indikator tidak ada di formulir ini."));
        (await app.DbAsync(d => d.FormatIndikator.Where(r => r.Id == rows["IK-1.3"]).Select(r => r.Realisasi).SingleAsync())).ShouldBeNull();
    }

    [Theory, BothDatabases]
    public async Task AReaderOfTheOpd_SeesTheForm_ButCannotFillIt_AndAnotherOpdDoesNotSeeIt(DatabaseProvider db)
    {
        var app = apps[db];
        var planner = await app.ApiAsync("kasubag.bpbd");
        var formId = FormatOf(await OpenFreeAsync(app, planner, "BPBD"), Unit);
        var url = $"/api/v1/format-data/{formId}";
        var sekretaris = await app.ApiAsync("sekretaris.bpbd");
        var form = await JsonAsync(await sekretaris.GetAsync(url));
        form.GetProperty("hak").GetProperty("isi").GetBoolean().ShouldBeFalse();
        (await sekretaris.PutAsJsonAsync(url, FillAll(form, 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync("pelaksana.bpkpad")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
