using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Perencanaan;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Perencanaan.PkFixture;

namespace Kinerja.Web.Tests.Perencanaan;

[Collection("web")]
public class PerjanjianKinerjaApiTests(TestApps apps)
{
    private const string Planner = "kasubag.puprperkim";

    [Theory, BothDatabases]
    public async Task Planner_CreatesAddsRowsPlansQuartersSigns_AndDownloadsTheDocument(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var kasi = await JabatanAsync(app, SopRole.KepalaSeksi, "SEKSI-JALAN", "Kepala Seksi Jalan Uji", "Rahmat Uji", "198001012005011001");

        var pk = await CreateAsync(client, kasi);
        // Pihak kedua follows the unit tree: the seksi's Bidang head.
        pk.GetProperty("pihakKedua").GetProperty("jabatan").GetString().ShouldBe("Kepala Bidang Bina Marga");
        pk.GetProperty("pihakKedua").GetProperty("nama").GetString().ShouldEndWith("(demo)");
        var id = pk.GetProperty("id").GetInt32();
        await AddRowAsync(client, id, await IndikatorAsync(app, "IKU-1"), 80.5m);
        pk = await AddRowAsync(client, id, await IndikatorAsync(app, "IK-1.3"), 5);

        var ra = await OkAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/rencana-aksi", new
        {
            rows = new object[]
            {
                new { rowId = RowId(pk, "IKU-1"), targetTw1 = 70, targetTw2 = 75, targetTw3 = 78, targetTw4 = 80.5m, aksi = "Pemeliharaan rutin", anggaran = 1_250_000_000L, penanggungJawab = "Seksi Jalan" },
                new { rowId = RowId(pk, "IK-1.3"), targetTw1 = 1, targetTw2 = 1, targetTw3 = 1, targetTw4 = 2 },
            },
        }));
        ra.GetProperty("indikator").EnumerateArray().ShouldAllBe(r => r.GetProperty("rencanaAksi").GetProperty("warning").ValueKind == JsonValueKind.Null);

        var signed = await OkAsync(await client.PostAsync($"/api/v1/perjanjian-kinerja/{id}/sign", null));
        signed.GetProperty("status").GetString().ShouldBe("Signed");
        var stored = await app.DbAsync(d => d.PerjanjianKinerja.SingleAsync(p => p.Id == id));
        (stored.Status, stored.SignedByUserName).ShouldBe((PerjanjianKinerjaStatus.Signed, Planner));
        stored.SignedAtUtc.ShouldNotBeNull();
        (await app.DbAsync(d => d.RencanaAksi.Where(r => r.PerjanjianKinerjaIndikatorId == RowId(pk, "IKU-1")).Select(r => r.Anggaran).SingleAsync())).ShouldBe(1_250_000_000L);

        var docx = await client.GetAsync($"/api/v1/perjanjian-kinerja/{id}/docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        paragraphs.ShouldContain("PERJANJIAN KINERJA TAHUN 2026");
        paragraphs.ShouldContain(p => p.EndsWith("yang bertanda tangan di bawah ini:"));
        paragraphs.ShouldContain("Nama: Rahmat Uji");
        paragraphs.ShouldContain("Jabatan: Kepala Seksi Jalan Uji");
        paragraphs.ShouldContain("Rahmat Uji");
        paragraphs.ShouldContain("NIP. 198001012005011001");
        paragraphs.ShouldContain("80,50 %");
        paragraphs.ShouldContain("5 unit");
        paragraphs.ShouldContain("selanjutnya disebut pihak pertama.");
        paragraphs.ShouldContain("Pihak Kedua,");
        paragraphs.ShouldContain(p => p.StartsWith("Balangan, ") && p.EndsWith(DateTime.UtcNow.Year.ToString()));
        paragraphs.ShouldNotContain("DRAF — belum ditandatangani");
    }

    [Theory, BothDatabases]
    public async Task SigningTwice_AndEditingASignedPk_AreRefused_ARevisionKeepsTheOldVersionViewable(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var (kabid, kasi) = (await JabatanAsync(app, SopRole.KepalaBidang, "BID-BM", "Kabid Uji"), await JabatanAsync(app, SopRole.KepalaSeksi, "SEKSI-JALAN", "Kasi Uji"));
        var id = (await CreateAsync(client, kasi, atasanJabatanId: kabid)).GetProperty("id").GetInt32();
        var pk = await AddRowAsync(client, id, await IndikatorAsync(app, "IKU-1"), 72.5m);
        await OkAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/rencana-aksi", new
        {
            rows = new[] { new { rowId = RowId(pk, "IKU-1"), targetTw1 = 70m, targetTw2 = 71m, targetTw3 = 72m, targetTw4 = 72.5m, aksi = "Survei kondisi jalan" } },
        }));
        await OkAsync(await client.PostAsync($"/api/v1/perjanjian-kinerja/{id}/sign", null));

        var twice = await Problem.ReadAsync(await client.PostAsync($"/api/v1/perjanjian-kinerja/{id}/sign", null));
        (twice.Status, twice.Detail).ShouldBe((422, "Perjanjian Kinerja ini sudah ditandatangani."));
        var edit = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/indikator/{RowId(pk, "IKU-1")}", new { indikatorId = 0, target = 90 }));
        edit.Detail.ShouldContain("buat PK perubahan");
        (await Problem.ReadAsync(await client.PostAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/indikator", new { indikatorId = await IndikatorAsync(app, "IK-1.3"), target = 3 })))
            .Status.ShouldBe(422);
        (await app.DbAsync(d => d.PerjanjianKinerjaIndikator.Where(r => r.PerjanjianKinerjaId == id).Select(r => r.Target).ToListAsync())).ShouldBe([72.5m]);

        var revised = await OkAsync(await client.PostAsync($"/api/v1/perjanjian-kinerja/{id}/revise", null), HttpStatusCode.Created);
        var newId = revised.GetProperty("id").GetInt32();
        (revised.GetProperty("revisi").GetInt32(), revised.GetProperty("previousId").GetInt32(), revised.GetProperty("status").GetString()).ShouldBe((1, id, "Draft"));
        revised.GetProperty("indikator")[0].GetProperty("rencanaAksi").GetProperty("aksi").GetString().ShouldBe("Survei kondisi jalan");
        await OkAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{newId}/indikator/{RowId(revised, "IKU-1")}", new { indikatorId = 0, target = 75 }));

        var old = await OkAsync(await client.GetAsync($"/api/v1/perjanjian-kinerja/{id}"));
        old.GetProperty("status").GetString().ShouldBe("Superseded");
        old.GetProperty("indikator")[0].GetProperty("target").GetDecimal().ShouldBe(72.5m);
        old.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetInt32()).ShouldBe([id, newId]);
        (await Problem.ReadAsync(await client.PostAsync($"/api/v1/perjanjian-kinerja/{id}/revise", null))).Detail.ShouldContain("Hanya Perjanjian Kinerja yang sudah ditandatangani");
        var title = await DocxTextsAsync(client, newId);
        title.ShouldContain("PERJANJIAN KINERJA PERUBAHAN TAHUN 2026");
        title.ShouldContain("DRAF — belum ditandatangani");
    }

    [Theory, BothDatabases]
    public async Task ACycleInTheCascade_IsRefused_AndALinkOutsideThePihakKeduasPk(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        // Pihak kedua is chosen, so two PKs can name each other; the cascade must still not loop.
        var (a, b) = (await JabatanAsync(app, SopRole.KepalaBidang, "BID-SDA", "Kabid A"), await JabatanAsync(app, SopRole.KepalaBidang, "BID-CK", "Kabid B"));
        var pkA = (await CreateAsync(client, a, atasanJabatanId: b)).GetProperty("id").GetInt32();
        var pkB = (await CreateAsync(client, b, atasanJabatanId: a)).GetProperty("id").GetInt32();
        var rowA = RowId(await AddRowAsync(client, pkA, await IndikatorAsync(app, "IKU-2"), 85), "IKU-2");
        var rowB = RowId(await AddRowAsync(client, pkB, await IndikatorAsync(app, "IK-2.3"), 200, supportsId: rowA), "IK-2.3");

        var cycle = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{pkA}/indikator/{rowA}", new { indikatorId = 0, target = 85, supportsId = rowB }));
        cycle.Status.ShouldBe(422);
        cycle.Errors["SupportsId"].Single().ShouldContain("tidak boleh melingkar");
        (await app.DbAsync(d => d.PerjanjianKinerjaIndikator.Where(r => r.Id == rowA).Select(r => r.SupportsId).SingleAsync())).ShouldBeNull();

        var other = await JabatanAsync(app, SopRole.KepalaSeksi, "SEKSI-IRIGASI", "Kasi C");
        var pkC = (await CreateAsync(client, other, atasanJabatanId: a)).GetProperty("id").GetInt32();
        var wrong = await Problem.ReadAsync(await client.PostAsJsonAsync($"/api/v1/perjanjian-kinerja/{pkC}/indikator", new { indikatorId = await IndikatorAsync(app, "IK-2.2"), target = 40, supportsId = rowB }));
        wrong.Errors["SupportsId"].Single().ShouldContain("PK pihak kedua");
    }

    public static TheoryData<DatabaseProvider, string, object, string> BadTargets()
    {
        var data = new TheoryData<DatabaseProvider, string, object, string>();
        foreach (var db in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(db, "IKU-1", 100.5m, "dalam persen harus antara 0 dan 100");
            data.Add(db, "IKU-1", 80.125m, "paling banyak 2 angka desimal");
            data.Add(db, "IK-1.3", 5.5m, "harus bilangan bulat");
            data.Add(db, "IK-1.3", -2, "tidak boleh negatif");
            data.Add(db, "IK-1.3", "lima", "");
        }
        return data;
    }

    [Theory, MemberData(nameof(BadTargets))]
    public async Task BadTarget_IsRefusedNamingTheField_AndNothingIsSaved(DatabaseProvider db, string kode, object target, string message)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var id = (await CreateAsync(client, await JabatanAsync(app, SopRole.KepalaBidang, "BID-BM", "Kabid Target"))).GetProperty("id").GetInt32();

        var response = await client.PostAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/indikator", new { indikatorId = await IndikatorAsync(app, kode), target });

        var problem = await Problem.ReadAsync(response);
        if (target is string)
            problem.Status.ShouldBe(400); // not a number: the JSON body cannot be read
        else
        {
            problem.Status.ShouldBe(422);
            problem.Errors["Target"].Single().ShouldContain(message);
        }
        (await app.DbAsync(d => d.PerjanjianKinerjaIndikator.CountAsync(r => r.PerjanjianKinerjaId == id))).ShouldBe(0);
    }

    [Theory, BothDatabases]
    public async Task QuartersThatDoNotAddUp_AreRefusedListingTheRows_UntilConfirmed(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var id = (await CreateAsync(client, await JabatanAsync(app, SopRole.KepalaBidang, "BID-PERKIM", "Kabid RA"))).GetProperty("id").GetInt32();
        var pk = await AddRowAsync(client, id, await IndikatorAsync(app, "IK-2.3"), 200);
        var body = new
        {
            rows = new[] { new { rowId = RowId(pk, "IK-2.3"), targetTw1 = 50, targetTw2 = 50, targetTw3 = 50, targetTw4 = 40, anggaran = 500_000_000L } },
            mismatchConfirmed = false,
        };

        var refused = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/rencana-aksi", body));
        refused.Status.ShouldBe(422);
        refused.Errors["Rows[0]"].Single().ShouldContain("Jumlah target TW I–IV (190) tidak sama dengan target tahunan (200)");
        (await app.DbAsync(d => d.RencanaAksi.CountAsync(r => r.PerjanjianKinerjaIndikatorId == RowId(pk, "IK-2.3")))).ShouldBe(0);

        var saved = await OkAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/rencana-aksi", body with { mismatchConfirmed = true }));
        var ra = saved.GetProperty("indikator")[0].GetProperty("rencanaAksi");
        ra.GetProperty("mismatchConfirmed").GetBoolean().ShouldBeTrue();
        ra.GetProperty("warning").GetString()!.ShouldContain("tidak sama");
        (await app.DbAsync(d => d.RencanaAksi.Where(r => r.PerjanjianKinerjaIndikatorId == RowId(pk, "IK-2.3")).Select(r => r.TargetTw4).SingleAsync())).ShouldBe(40m);

        var tooPrecise = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/rencana-aksi",
            new { rows = new[] { new { rowId = RowId(pk, "IK-2.3"), targetTw1 = 50.5m, targetTw2 = 50, targetTw3 = 50, targetTw4 = 49.5m, version = 1 } } }));
        tooPrecise.Errors["Rows[0].TargetTw1"].Single().ShouldContain("bilangan bulat");
    }

    [Theory, BothDatabases]
    public async Task Kabid_ReadsPks_ButCannotCreateOrChangeThem_AndOnlyPkRolesCarryOne(DatabaseProvider db)
    {
        var app = apps[db];
        var planner = await app.ApiAsync(Planner);
        var jabatan = await JabatanAsync(app, SopRole.KepalaBidang, "BID-TR", "Kabid Baca");
        var id = (await CreateAsync(planner, jabatan)).GetProperty("id").GetInt32();
        var kabid = await app.ApiAsync("kabid.puprperkim");

        (await kabid.GetAsync($"/api/v1/perjanjian-kinerja/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kabid.GetFromJsonAsync<List<JsonElement>>("/api/v1/perjanjian-kinerja?tahun=2026"))!.ShouldContain(p => p.GetProperty("id").GetInt32() == id);
        (await kabid.PostAsJsonAsync("/api/v1/perjanjian-kinerja", new { jabatanId = jabatan, tahun = 2027 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await kabid.PostAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/indikator", new { indikatorId = await IndikatorAsync(app, "IKU-1"), target = 80 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await kabid.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{id}/rencana-aksi", new { rows = Array.Empty<object>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Kabid is not the pihak pertama of this PK, nor a plan editor.
        (await kabid.PostAsync($"/api/v1/perjanjian-kinerja/{id}/sign", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var staff = await JabatanAsync(app, SopRole.Pelaksana, "SEKSI-JALAN", "Staf Uji");
        (await Problem.ReadAsync(await planner.PostAsJsonAsync("/api/v1/perjanjian-kinerja", new { jabatanId = staff, tahun = 2026 }))).Errors["JabatanId"].Single()
            .ShouldContain("tidak menandatangani Perjanjian Kinerja");
        (await Problem.ReadAsync(await planner.PostAsJsonAsync("/api/v1/perjanjian-kinerja", new { jabatanId = jabatan, tahun = 2026 }))).Errors["Tahun"].Single()
            .ShouldContain("sudah memiliki Perjanjian Kinerja tahun 2026");
    }

    [Theory, BothDatabases]
    public async Task ThePihakPertama_RecordsTheirOwnSigning(DatabaseProvider db)
    {
        var app = apps[db];
        var demoKabid = await app.DbAsync(d => d.Jabatan.Where(j => j.Kode == "PUPRPERKIM-KABID").Select(j => j.Id).SingleAsync());
        var planner = await app.ApiAsync(Planner);
        var id = (await CreateAsync(planner, demoKabid, tahun: 2028)).GetProperty("id").GetInt32();
        var pk = await AddRowAsync(planner, id, await IndikatorAsync(app, "IKU-1"), 77.5m);
        pk.GetProperty("pihakKedua").GetProperty("jabatan").GetString().ShouldBe("Kepala Dinas PUPRPERKIM");

        var kabid = await app.ApiAsync("kabid.puprperkim");
        (await OkAsync(await kabid.GetAsync($"/api/v1/perjanjian-kinerja/{id}"))).GetProperty("canSign").GetBoolean().ShouldBeTrue();
        (await OkAsync(await kabid.PostAsync($"/api/v1/perjanjian-kinerja/{id}/sign", null))).GetProperty("signedByUserName").GetString().ShouldBe("kabid.puprperkim");
    }

    private static async Task<List<string>> DocxTextsAsync(HttpClient client, int id)
    {
        var bytes = await client.GetByteArrayAsync($"/api/v1/perjanjian-kinerja/{id}/docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
    }
}
