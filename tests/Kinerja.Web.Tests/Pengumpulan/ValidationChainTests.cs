using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>The unit's form through the chain: fill, submit, return with a note, fix with a reason, approve, verify, locked.</summary>
[Collection("web")]
public class ValidationChainTests(TestApps apps)
{
    private const string Unit = "Seksi Pencegahan";

    [Theory, BothDatabases]
    public async Task Form_GoesFromStaffThroughKabidToKasubag_AndEveryStepIsRecorded(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, staff, kabid) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("pelaksana.bpbd"), await app.ApiAsync("kabid.bpbd"));
        var round = await OpenFreeAsync(app, planner, "BPBD");
        var formId = FormatOf(round, Unit);
        var rows = await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";

        var form = await JsonAsync(await staff.GetAsync(url));
        form.GetProperty("hak").GetProperty("isi").GetBoolean().ShouldBeTrue();
        form.GetProperty("status").GetString().ShouldBe("Isian");

        // Nothing filled yet: the submission names each empty row.
        var empty = await Problem.ReadAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form) }));
        empty.Status.ShouldBe(422);
        empty.Errors.ShouldContainKey($"indikator:{rows["IK-1.3"]}.realisasi");

        form = await JsonAsync(await staff.PutAsJsonAsync(url, FillAll(form, 100)));
        Row(form, "IK-1.3").GetProperty("capaianTriwulan").GetString().ShouldBe("100,00 %");
        Row(form, "IK-1.3").GetProperty("predikat").GetString().ShouldNotBeNullOrEmpty();

        // The Kabid cannot approve what was not submitted.
        (await Problem.ReadAsync(await kabid.PostAsJsonAsync($"{url}/setujui", new { version = Version(form) }))).Status.ShouldBe(422);

        form = await JsonAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form) }));
        form.GetProperty("status").GetString().ShouldBe("MenungguKabid");
        (await staff.PutAsJsonAsync(url, FillAll(form, 90))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var noNote = await Problem.ReadAsync(await kabid.PostAsJsonAsync($"{url}/kembalikan", new { version = Version(form) }));
        (noNote.Status, noNote.Errors.ContainsKey("catatan")).ShouldBe((422, true));
        var rowKey = $"indikator:{rows["IK-1.3"]}";
        form = await JsonAsync(await kabid.PostAsJsonAsync($"{url}/kembalikan", new
        {
            version = Version(form), catatanBaris = new Dictionary<string, string> { [rowKey] = "Jumlah warga terlatih tidak sesuai daftar hadir" },
        }));
        form.GetProperty("status").GetString().ShouldBe("Dikembalikan");

        var returned = await JsonAsync(await staff.GetAsync(url));
        Row(returned, "IK-1.3").GetProperty("catatanValidasi").GetString().ShouldBe("Jumlah warga terlatih tidak sesuai daftar hadir");
        var fix = Fix(returned, "IK-1.3", 95, alasan: null);
        (await Problem.ReadAsync(await staff.PutAsJsonAsync(url, fix))).Errors.ShouldContainKey("alasan");
        returned = await JsonAsync(await staff.PutAsJsonAsync(url, Fix(returned, "IK-1.3", 95, "Disesuaikan dengan daftar hadir pelatihan")));
        Row(returned, "IK-1.3").GetProperty("realisasi").GetDecimal().ShouldBe(95);

        var history = await JsonAsync(await staff.GetAsync($"{url}/riwayat-nilai?baris={rowKey}"));
        var change = history.EnumerateArray().Last(h => h.GetProperty("field").GetString() == "Realisasi");
        (Number(change, "lama"), Number(change, "baru")).ShouldBe((100m, 95m));
        (change.GetProperty("userName").GetString(), change.GetProperty("alasan").GetString()).ShouldBe(("pelaksana.bpbd", "Disesuaikan dengan daftar hadir pelatihan"));

        form = await JsonAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(returned), konfirmasi = true }));
        Row(form, "IK-1.3").GetProperty("catatanValidasi").ValueKind.ShouldBe(JsonValueKind.Null);
        form = await JsonAsync(await kabid.PostAsJsonAsync($"{url}/setujui", new { version = Version(form) }));
        form.GetProperty("status").GetString().ShouldBe("MenungguVerifikasi");
        form = await JsonAsync(await planner.PostAsJsonAsync($"{url}/verifikasi", new { version = Version(form) }));
        form.GetProperty("status").GetString().ShouldBe("Terkunci");

        (await Problem.ReadAsync(await staff.PutAsJsonAsync(url, Fix(form, "IK-1.3", 1, "x")))).Detail.ShouldContain("terkunci");
        var steps = form.GetProperty("riwayat").EnumerateArray().Select(h => (h.GetProperty("aksi").GetString(), h.GetProperty("userName").GetString())).ToList();
        steps.ShouldBe([("Ajukan", "pelaksana.bpbd"), ("Kembalikan", "kabid.bpbd"), ("Ajukan", "pelaksana.bpbd"), ("Setujui", "kabid.bpbd"), ("Verifikasi", "kasubag.bpbd")]);
    }

    [Theory, BothDatabases]
    public async Task NobodyApprovesTheirOwnSubmission(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, kabid) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("kabid.bpbd"));
        var round = await OpenFreeAsync(app, planner, "BPBD");
        // The Kepala Bidang fills his own Bidang's form and submits it…
        var formId = FormatOf(round, "Bidang Pencegahan dan Kesiapsiagaan");
        await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";
        var form = await JsonAsync(await kabid.GetAsync(url));
        form = await JsonAsync(await kabid.PutAsJsonAsync(url, FillAll(form, 100)));
        await AddEvidenceRecordsAsync(app, formId);
        form = await JsonAsync(await kabid.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form), konfirmasi = true }));
        form.GetProperty("hak").GetProperty("aksi").EnumerateArray().Select(a => a.GetString()).ShouldNotContain("Setujui");

        // …and may not approve it.
        var own = await Problem.ReadAsync(await kabid.PostAsJsonAsync($"{url}/setujui", new { version = Version(form) }));
        (own.Status, own.Detail).ShouldBe((403, "Anda tidak dapat memvalidasi formulir yang Anda ajukan sendiri."));
        (await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == formId).Select(f => f.Status).SingleAsync())).ShouldBe(Domain.Pengumpulan.FormatStatus.MenungguKabid);
    }

    [Theory, BothDatabases]
    public async Task KasiStep_WhenTheOpdHasIt_ComesBeforeTheKabid(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, staff, kasi, kabid) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("pelaksana.bpbd"), await app.ApiAsync("kasi.bpbd"), await app.ApiAsync("kabid.bpbd"));
        var round = await OpenFreeAsync(app, planner, "BPBD");
        await app.DbAsync(async d => await d.PengumpulanData.Where(r => r.Id == round.GetProperty("id").GetInt32())
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ValidasiKasi, true)));
        var formId = FormatOf(round, Unit);
        await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";
        var form = await JsonAsync(await staff.PutAsJsonAsync(url, FillAll(await JsonAsync(await staff.GetAsync(url)), 100)));
        form = await JsonAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form), konfirmasi = true }));
        form.GetProperty("status").GetString().ShouldBe("MenungguKasi");

        (await Problem.ReadAsync(await kabid.PostAsJsonAsync($"{url}/setujui", new { version = Version(form) }))).Status.ShouldBe(422);
        form = await JsonAsync(await kasi.PostAsJsonAsync($"{url}/teruskan", new { version = Version(form) }));
        form.GetProperty("status").GetString().ShouldBe("MenungguKabid");
        form = await JsonAsync(await kabid.PostAsJsonAsync($"{url}/setujui", new { version = Version(form) }));
        form.GetProperty("status").GetString().ShouldBe("MenungguVerifikasi");
    }

    [Theory, BothDatabases]
    public async Task ReopeningALockedForm_NeedsAReason_AndTheRightRole(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, staff, kabid) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("pelaksana.bpbd"), await app.ApiAsync("kabid.bpbd"));
        var round = await OpenFreeAsync(app, planner, "BPBD");
        var formId = FormatOf(round, Unit);
        await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";
        var form = await JsonAsync(await staff.PutAsJsonAsync(url, FillAll(await JsonAsync(await staff.GetAsync(url)), 100)));
        form = await JsonAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form), konfirmasi = true }));
        form = await JsonAsync(await kabid.PostAsJsonAsync($"{url}/setujui", new { version = Version(form) }));
        form = await JsonAsync(await planner.PostAsJsonAsync($"{url}/verifikasi", new { version = Version(form) }));

        (await Problem.ReadAsync(await kabid.PostAsJsonAsync($"{url}/buka-kembali", new { version = Version(form), catatan = "Salah ketik" }))).Status.ShouldBe(403);
        (await Problem.ReadAsync(await planner.PostAsJsonAsync($"{url}/buka-kembali", new { version = Version(form) }))).Errors.ShouldContainKey("catatan");
        form = await JsonAsync(await planner.PostAsJsonAsync($"{url}/buka-kembali", new { version = Version(form), catatan = "Data pelatihan Desember belum masuk" }));
        (form.GetProperty("status").GetString(), form.GetProperty("catatan").GetString()).ShouldBe(("Dikembalikan", "Data pelatihan Desember belum masuk"));
    }

    [Theory, BothDatabases]
    public async Task ApprovingAStaleView_IsRefusedWithAConflict(DatabaseProvider db)
    {
        var app = apps[db];
        var (planner, staff, kabid) = (await app.ApiAsync("kasubag.bpbd"), await app.ApiAsync("pelaksana.bpbd"), await app.ApiAsync("kabid.bpbd"));
        var round = await OpenFreeAsync(app, planner, "BPBD");
        var formId = FormatOf(round, Unit);
        await SetTargetsAsync(app, formId, 100);
        var url = $"/api/v1/format-data/{formId}";
        var form = await JsonAsync(await staff.PutAsJsonAsync(url, FillAll(await JsonAsync(await staff.GetAsync(url)), 100)));
        var seenBeforeSubmit = Version(form);
        await JsonAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = seenBeforeSubmit, konfirmasi = true }));
        (await Problem.ReadAsync(await kabid.PostAsJsonAsync($"{url}/setujui", new { version = seenBeforeSubmit }))).Status.ShouldBe(409);
    }
}
