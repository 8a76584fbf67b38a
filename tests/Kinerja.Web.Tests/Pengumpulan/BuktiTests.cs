using System.IO.Compression;
using System.Security.Cryptography;
using Kinerja.Domain.Pengumpulan;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.BuktiRound;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>Evidence files over HTTP: stored once by SHA-256, read by the form's readers, changed only while the form may be filled; bad files leave nothing.</summary>
[Collection("web")]
public class BuktiTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task APdf_IsStoredByItsHash_Once_DownloadedWithItsName_AndAudited(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var (iku, ik13) = (await RowAsync(app, round.BidangForm, "IKU-1"), await RowAsync(app, round.SeksiForm, "IK-1.3"));
        var kabid = await app.ApiAsync(Filler);
        var pdf = Pdf($"laporan {db} {round.Id}");
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));

        var first = await PengumpulanFixture.JsonAsync(await UploadAsync(kabid, round.BidangForm, iku, pdf, "Laporan Koperasi TW III.pdf", "image/png"), HttpStatusCode.Created);
        (first.GetProperty("namaFile").GetString(), first.GetProperty("jenisKonten").GetString(), first.GetProperty("ukuran").GetInt64(), first.GetProperty("sha256").GetString())
            .ShouldBe(("Laporan Koperasi TW III.pdf", "application/pdf", pdf.Length, sha));
        // The same content on another row: a second record, one stored file.
        var second = await PengumpulanFixture.JsonAsync(await UploadAsync(kabid, round.SeksiForm, ik13, pdf, "salinan.pdf"), HttpStatusCode.Created);
        var path = Path.Combine(app.DataPath, "bukti", sha[..2], sha);
        (await File.ReadAllBytesAsync(path)).ShouldBe(pdf);
        StoredFiles(app).Count(f => f.EndsWith(sha)).ShouldBe(1);
        var rows = await app.DbAsync(d => d.BuktiDukung.AsNoTracking().Where(b => b.Sha256 == sha).OrderBy(b => b.Id).ToListAsync());
        rows.Select(b => (b.FormatIndikatorId, b.NamaFile, b.DiunggahOleh, b.Ukuran)).ShouldBe([(iku, "Laporan Koperasi TW III.pdf", Filler, pdf.Length), (ik13, "salinan.pdf", Filler, pdf.Length)]);
        Row(await FormAsync(kabid, round.BidangForm), "IKU-1").GetProperty("bukti").EnumerateArray().Single().GetProperty("sha256").GetString().ShouldBe(sha);

        // Whoever reads the form downloads it, with the original name and the detected type.
        var id = first.GetProperty("id").GetInt32();
        var download = await (await app.ApiAsync(Reader)).GetAsync($"/api/v1/bukti/{id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("Laporan Koperasi TW III.pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        (await (await app.ApiAsync(OtherUnit)).GetAsync($"/api/v1/bukti/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("kabid.bpbd")).GetAsync($"/api/v1/bukti/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Deleting one record keeps the content the other still uses; deleting the last removes it.
        (await kabid.DeleteAsync($"/api/v1/bukti/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        File.Exists(path).ShouldBeTrue();
        (await kabid.DeleteAsync($"/api/v1/bukti/{second.GetProperty("id").GetInt32()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        File.Exists(path).ShouldBeFalse();
        (await app.DbAsync(d => d.BuktiDukung.CountAsync(b => b.Sha256 == sha))).ShouldBe(0);
        (await kabid.GetAsync($"/api/v1/bukti/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var audit = await app.DbAsync(d => d.AuditEntries.Where(a => a.Entity == "BuktiDukung" && (a.EntityKey == id.ToString() || a.EntityKey == second.GetProperty("id").GetInt32().ToString()))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName, a.Changes }).ToListAsync());
        audit.Select(a => (a.Action, a.UserName)).ShouldBe([("Added", Filler), ("Added", Filler), ("Deleted", Filler), ("Deleted", Filler)]);
        audit[0].Changes.ShouldContain(sha);
        audit[0].Changes.ShouldContain("Laporan Koperasi TW III.pdf");
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "kosong", "Berkas kosong (0 byte)" },
        { "besar", "Berkas terlalu besar: 10.485.761 byte, sedangkan ukuran maksimal 10 MB (10.485.760 byte)." },
        { "exe", "program atau skrip yang dapat dijalankan" },
        { "elf", "program atau skrip yang dapat dijalankan" },
        { "pdf-rusak", "penanda akhir %%EOF tidak ada" },
        { "nama-bohong", "berakhiran .png tetapi isinya PDF" },
        { "xlsx-rusak", "Berkas XLSX rusak: isinya tidak dapat dibuka sebagai dokumen Excel" },
        { "zip-bomb", "zip bomb" },
    };

    private static (byte[] Content, string Name) Bad(string kind) => kind switch
    {
        "kosong" => ([], "kosong.pdf"),
        "besar" => ([.. Pdf(), .. new byte[10 * 1024 * 1024 + 1 - Pdf().Length]], "besar.pdf"),
        "exe" => ([(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF], "laporan.pdf"),
        "elf" => ([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0], "foto.jpg"),
        "pdf-rusak" => (Pdf()[..60], "terpotong.pdf"),
        "nama-bohong" => (Pdf(), "foto.png"),
        "xlsx-rusak" => (Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", "bukan xml"u8.ToArray())), "rekap.xlsx"),
        "zip-bomb" => (Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", "<x/>"u8.ToArray()), ("xl/media/nol.bin", new byte[101 * 1024 * 1024])), "bom.xlsx"),
        _ => throw new ArgumentException(kind),
    };

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    [Fact]
    public void TheBadFiles_AreWhatTheyClaim()
    {
        Bad("zip-bomb").Content.Length.ShouldBeLessThan(1024 * 1024);
        Bad("besar").Content.Length.ShouldBe(10 * 1024 * 1024 + 1);
    }

    [Theory, BothDatabases]
    public async Task EveryBadFile_IsA422InIndonesian_AndNothingIsStored(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await SharedAsync(app);
        var row = await RowAsync(app, round.BidangForm, "IKU-1");
        var kabid = await app.ApiAsync(Filler);
        var files = StoredFiles(app);
        var audit = await app.DbAsync(d => d.AuditEntries.CountAsync(a => a.Entity == "BuktiDukung"));
        foreach (var kind in BadFiles.Select(r => (string)r[0]))
        {
            var (content, name) = Bad(kind);
            var problem = await Problem.ReadAsync(await UploadAsync(kabid, round.BidangForm, row, content, name, "application/pdf"));
            (problem.Status, problem.Title).ShouldBe((422, "Data tidak valid"), kind);
            problem.Errors["file"][0].ShouldContain(BadFiles.Single(r => (string)r[0] == kind)[1].ToString()!, Case.Sensitive, kind);
        }
        (await app.DbAsync(d => d.BuktiDukung.CountAsync(b => b.FormatIndikatorId == row))).ShouldBe(0);
        (await app.DbAsync(d => d.AuditEntries.CountAsync(a => a.Entity == "BuktiDukung"))).ShouldBe(audit);
        StoredFiles(app).ShouldBe(files);
        Directory.GetFiles(Path.Combine(app.DataPath), "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Theory, BothDatabases]
    public async Task OnlyThoseWhoMayFillTheFormNow_UploadOrDelete(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var row = await RowAsync(app, round.BidangForm, "IKU-1");
        var kabid = await app.ApiAsync(Filler);
        var kept = await PengumpulanFixture.JsonAsync(await UploadAsync(kabid, round.BidangForm, row, Pdf($"tetap {round.Id}"), "tetap.pdf"), HttpStatusCode.Created);
        var keptId = kept.GetProperty("id").GetInt32();

        (await UploadAsync(await app.ApiAsync(Reader), round.BidangForm, row, Pdf("x"), "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync(Reader)).DeleteAsync($"/api/v1/bukti/{keptId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await UploadAsync(await app.ApiAsync(OtherUnit), round.BidangForm, row, Pdf("x"), "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await UploadAsync(kabid, round.BidangForm, await RowAsync(app, round.SeksiForm, "IK-1.3"), Pdf("x"), "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == round.BidangForm).ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FormatStatus.Terkunci)));
        var locked = await Problem.ReadAsync(await UploadAsync(kabid, round.BidangForm, row, Pdf("terlambat"), "terlambat.pdf"));
        (locked.Status, locked.Detail).ShouldBe((422, "Formulir sudah terkunci; nilai tidak dapat diubah."));
        (await Problem.ReadAsync(await kabid.DeleteAsync($"/api/v1/bukti/{keptId}"))).Status.ShouldBe(422);
        (await app.DbAsync(d => d.BuktiDukung.Where(b => b.FormatIndikatorId == row).Select(b => b.Id).ToListAsync())).ShouldBe([keptId]);
        File.Exists(Path.Combine(app.DataPath, "bukti", kept.GetProperty("sha256").GetString()![..2], kept.GetProperty("sha256").GetString()!)).ShouldBeTrue();
        // After the lock the file is still read by the form's readers.
        (await (await app.ApiAsync(Reader)).GetAsync($"/api/v1/bukti/{keptId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothDatabases]
    public async Task AnIndicatorThatRequiresEvidence_CannotBeSubmittedWithout_AndCanWithIt(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var kabid = await app.ApiAsync(Filler);
        await PengumpulanFixture.SetTargetsAsync(app, round.BidangForm, 70);
        var url = $"/api/v1/format-data/{round.BidangForm}";
        var form = await PengumpulanFixture.JsonAsync(await kabid.PutAsJsonAsync(url, PengumpulanFixture.FillAll(await FormAsync(kabid, round.BidangForm), 70)));
        var row = Row(form, "IKU-1");
        row.GetProperty("buktiWajib").GetBoolean().ShouldBeTrue();

        var refused = await Problem.ReadAsync(await kabid.PostAsJsonAsync($"{url}/ajukan", new { version = PengumpulanFixture.Version(form), konfirmasi = true }));
        refused.Errors[$"indikator:{row.GetProperty("id").GetInt32()}.bukti"].ShouldBe(["Indikator ini mewajibkan bukti dukung; unggah minimal satu berkas."]);
        (await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == round.BidangForm).Select(f => f.Status).SingleAsync())).ShouldBe(FormatStatus.Isian);

        await PengumpulanFixture.JsonAsync(await UploadAsync(kabid, round.BidangForm, row.GetProperty("id").GetInt32(), Pdf($"wajib {round.Id}"), "bukti-iku.pdf"), HttpStatusCode.Created);
        form = await FormAsync(kabid, round.BidangForm);
        form.GetProperty("pemeriksaan").EnumerateArray().ShouldNotContain(i => i.GetProperty("field").GetString() == "bukti");
        var submitted = await PengumpulanFixture.JsonAsync(await kabid.PostAsJsonAsync($"{url}/ajukan", new { version = PengumpulanFixture.Version(form), konfirmasi = true }));
        submitted.GetProperty("status").GetString().ShouldNotBe("Isian");
        // Submitted: the evidence is part of what is judged, so it no longer changes.
        (await Problem.ReadAsync(await UploadAsync(kabid, round.BidangForm, row.GetProperty("id").GetInt32(), Pdf("nanti"), "nanti.pdf"))).Detail
            .ShouldBe("Formulir sedang divalidasi; nilai tidak dapat diubah sampai dikembalikan.");
    }

    [Theory, BothDatabases]
    public async Task AfterTheDeadline_TheUnitIsRefused_AndThePlannerAttachesOnItsBehalfWithAReason(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var row = await RowAsync(app, round.SeksiForm, "IK-1.4");
        await app.DbAsync(d => d.PengumpulanData.Where(r => r.Id == round.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.BatasWaktuUtc, DateTime.UtcNow.AddMinutes(-1))));

        var late = await Problem.ReadAsync(await UploadAsync(await app.ApiAsync(Filler), round.SeksiForm, row, Pdf("telat"), "telat.pdf"));
        (late.Status, late.Detail).ShouldBe((422, "Batas waktu pengumpulan sudah lewat; hubungi Kasubag Perencanaan untuk pengisian atas nama unit."));
        var planner = await app.ApiAsync(Planner);
        (await Problem.ReadAsync(await UploadAsync(planner, round.SeksiForm, row, Pdf("telat"), "telat.pdf"))).Errors.ShouldContainKey("alasan");
        var saved = await PengumpulanFixture.JsonAsync(await UploadAsync(planner, round.SeksiForm, row, Pdf($"atas nama {round.Id}"), "berita-acara.pdf",
            alasan: "Bukti diserahkan Seksi lewat surat"), HttpStatusCode.Created);

        (await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == round.SeksiForm).Select(f => f.DiisiPerencanaan).SingleAsync())).ShouldBeTrue();
        var audit = await app.DbAsync(d => d.AuditEntries.Where(a => a.Entity == "BuktiDukung" && a.EntityKey == saved.GetProperty("id").GetInt32().ToString())
            .Select(a => new { a.UserName, a.Alasan }).SingleAsync());
        audit.ShouldBe(new { UserName = (string?)Planner, Alasan = (string?)"Diisi Perencanaan atas nama unit: Bukti diserahkan Seksi lewat surat" });
    }

    private static System.Text.Json.JsonElement Row(System.Text.Json.JsonElement form, string kode) => PengumpulanFixture.Row(form, kode);
}
