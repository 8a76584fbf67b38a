using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Domain.Pengumpulan;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;
using static Kinerja.Web.Tests.Pengumpulan.Surat.SuratFixture;

namespace Kinerja.Web.Tests.Pengumpulan.Surat;

/// <summary>The round's letters through the PUPRPERKIM SOP: draft, correction, two paraf, signature with a number, duplicated, distributed, read, archived.</summary>
[Collection("web")]
public class SuratChainTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Sk_GoesThroughTheWholeChain_GetsANumber_AndReachesEveryUnitWithAReadReceipt(DatabaseProvider db)
    {
        var app = apps[db];
        var (round, draft) = await DraftAsync(app, "puprperkim", "PUPRPERKIM");
        var id = Id(draft);
        var units = round.GetProperty("formatDataKinerja").EnumerateArray().Select(f => f.GetProperty("unit").GetString()!).Distinct().ToList();
        Status(draft).ShouldBe("Draf");
        draft.GetProperty("penerima").EnumerateArray().Select(p => p.GetProperty("unit").GetString()).ShouldBe(units, ignoreOrder: true);
        draft.GetProperty("nomor").ValueKind.ShouldBe(JsonValueKind.Null);

        // Before distribution the units do not see the letter at all.
        var staff = await app.ApiAsync("pelaksana.puprperkim");
        (await staff.GetAsync($"/api/v1/surat/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var signed = await WalkAsync(app, "puprperkim", id, 5);
        Status(signed).ShouldBe("Ditandatangani");
        var nomor = signed.GetProperty("nomor").GetString()!;
        nomor.ShouldMatch(@"^800/\d{3}/PUPRPERKIM/" + DateTime.UtcNow.Year + "$");
        signed.GetProperty("ditandatanganiOleh").GetString().ShouldBe("kepala.puprperkim");

        var archived = await WalkAsync(app, "puprperkim", id, 2, skip: 5);
        Status(archived).ShouldBe("Didistribusikan");
        archived.GetProperty("penerima").EnumerateArray().ShouldAllBe(p => p.GetProperty("diterimaUtc").ValueKind != JsonValueKind.Null);

        // The unit's staff now find it in their inbox, open it, and the receipt of their unit (only) is recorded.
        var inbox = await JsonAsync(await staff.GetAsync("/api/v1/surat/inbox"));
        inbox.EnumerateArray().ShouldContain(i => i.GetProperty("suratId").GetInt32() == id && i.GetProperty("tugas").GetString() == "Baca");
        var pages = await app.PagesAsync("pelaksana.puprperkim");
        // The inbox page lists the letter beside the forms, with its number and a link to read it.
        var kotak = (await Forms.GetDocumentAsync(pages, "/Kotak")).QuerySelector($"[data-testid=inbox-surat] tr[data-surat='{id}']");
        kotak.ShouldNotBeNull();
        kotak.TextContent.ShouldContain(nomor);
        kotak.QuerySelector("a")!.TextContent.ShouldBe("Baca");
        var page = await pages.GetAsync($"/Pengumpulan/Surat/Detail?id={id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain(nomor);
        var receipts = await app.DbAsync(d => d.SuratPenerima.Where(p => p.SuratPengumpulanId == id).Select(p => new { p.UnitKerja.Kode, p.DibacaOleh, p.DibacaUtc }).ToListAsync());
        receipts.Single(r => r.Kode == "SEKSI-JALAN").DibacaOleh.ShouldBe("pelaksana.puprperkim");
        receipts.Where(r => r.Kode != "SEKSI-JALAN").ShouldAllBe(r => r.DibacaUtc == null);
        (await JsonAsync(await staff.GetAsync("/api/v1/surat/inbox"))).EnumerateArray().ShouldNotContain(i => i.GetProperty("suratId").GetInt32() == id);
        (await Forms.GetDocumentAsync(pages, "/Kotak")).QuerySelector($"[data-testid=inbox-surat] tr[data-surat='{id}']").ShouldBeNull();

        archived = await WalkAsync(app, "puprperkim", id, 1, skip: 7);
        Status(archived).ShouldBe("Diarsipkan");

        // Re-read: the number, its place in the sequence and every step with who took it.
        var stored = await app.DbAsync(d => d.SuratPengumpulan.Include(s => s.Riwayat).SingleAsync(s => s.Id == id));
        stored.Status.ShouldBe(SuratStatus.Diarsipkan);
        stored.Nomor.ShouldBe(nomor);
        stored.Nomor.ShouldBe($"800/{stored.NomorUrut:000}/PUPRPERKIM/{stored.NomorTahun}");
        stored.Riwayat.OrderBy(r => r.Id).Select(r => $"{r.Aksi}:{r.UserName}").ShouldBe(Chain("puprperkim").Select(c => $"{SuratLabels.ParseSlug(c.Aksi)}:{c.User}"));
        stored.Riwayat.Single(r => r.Aksi == SuratAction.Koreksi).Catatan.ShouldStartWith("Perbaiki tanggal");
        (await app.DbAsync(d => d.AuditEntries.CountAsync(a => a.Entity == "SuratPengumpulan" && a.EntityKey == id.ToString()))).ShouldBeGreaterThanOrEqualTo(9);

        // The final letter: number, period, deadline, every unit and the signer, as Word opens it.
        var kepala = await app.DbAsync(d => d.Users.Where(u => u.UserName == "kepala.puprperkim").Select(u => new { u.FullName, u.Nip }).SingleAsync());
        var docx = await (await app.ApiAsync("kasubag.puprperkim")).GetAsync($"/api/v1/surat/{id}/docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var text = Paragraphs(await docx.Content.ReadAsByteArrayAsync());
        text.ShouldContain($"NOMOR {nomor}");
        var periode = $"Triwulan {new[] { "I", "II", "III", "IV" }[round.GetProperty("triwulan").GetInt32() - 1]} Tahun {round.GetProperty("tahun").GetInt32()}";
        text.ShouldContain(p => p.Contains($"periode {periode}"));
        foreach (var unit in units) text.ShouldContain(p => Regex.IsMatch(p, $@"^\d+\. {Regex.Escape(unit)}$"));
        text.ShouldContain(p => p.Contains(kepala.FullName));
        if (kepala.Nip is not null) text.ShouldContain($"NIP. {kepala.Nip}");
        text.ShouldNotContain(p => p.Contains("{{"));
    }

    [Theory, BothDatabases]
    public async Task RefusedParaf_SendsTheLetterBackToCorrection_WithTheRequiredReason(DatabaseProvider db)
    {
        var app = apps[db];
        var (_, draft) = await DraftAsync(app, "puprperkim", "PUPRPERKIM", "SuratPemberitahuan");
        var id = Id(draft);
        var atSekretaris = await WalkAsync(app, "puprperkim", id, 3);
        Status(atSekretaris).ShouldBe("MenungguParafSekretaris");
        var sekretaris = await app.ApiAsync("sekretaris.puprperkim");
        // The inbox names the step that waits, for whom it waits only.
        (await JsonAsync(await sekretaris.GetAsync("/api/v1/surat/inbox"))).EnumerateArray()
            .ShouldContain(i => i.GetProperty("suratId").GetInt32() == id && i.GetProperty("tugas").GetString() == "Paraf");
        foreach (var other in new[] { "kepala.puprperkim", "kasubag.puprperkim", "kabid.puprperkim" })
            (await JsonAsync(await (await app.ApiAsync(other)).GetAsync("/api/v1/surat/inbox"))).EnumerateArray()
                .ShouldNotContain(i => i.GetProperty("suratId").GetInt32() == id, other);

        var noReason = await Problem.ReadAsync(await sekretaris.PostAsJsonAsync($"/api/v1/surat/{id}/tolak", new { version = Version(atSekretaris), catatan = " " }));
        noReason.Status.ShouldBe(422);
        noReason.Errors["catatan"][0].ShouldContain("alasan");
        (await app.DbAsync(d => d.SuratPengumpulan.SingleAsync(s => s.Id == id))).Status.ShouldBe(SuratStatus.MenungguParafSekretaris);

        var back = await JsonAsync(await sekretaris.PostAsJsonAsync($"/api/v1/surat/{id}/tolak",
            new { version = Version(atSekretaris), catatan = "Batas waktu belum sesuai SK." }));
        Status(back).ShouldBe("Koreksi");
        back.GetProperty("catatan").GetString().ShouldBe("Batas waktu belum sesuai SK.");
        var last = back.GetProperty("riwayat").EnumerateArray().Last();
        (last.GetProperty("aksi").GetString(), last.GetProperty("userName").GetString(), last.GetProperty("catatan").GetString())
            .ShouldBe(("Tolak", "sekretaris.puprperkim", "Batas waktu belum sesuai SK."));

        // The text can be corrected again, and the Kasubag initials again in the new pass.
        var kasubag = await app.ApiAsync("kasubag.puprperkim");
        var fixedText = await JsonAsync(await kasubag.PutAsJsonAsync($"/api/v1/surat/{id}",
            new { perihal = back.GetProperty("perihal").GetString(), isi = "Batas waktu disesuaikan.", version = Version(back) }));
        fixedText.GetProperty("isi").GetString().ShouldBe("Batas waktu disesuaikan.");
        Status(await WalkAsync(app, "puprperkim", id, 3, skip: 1)).ShouldBe("MenungguTandaTangan");
        (await app.DbAsync(d => d.SuratRiwayat.CountAsync(r => r.SuratPengumpulanId == id && r.Aksi == SuratAction.Paraf))).ShouldBe(3);
    }

    [Theory, BothDatabases]
    public async Task WrongPerson_Is403_ATakenStep_Is409_AndAStaleVersion_Is409(DatabaseProvider db)
    {
        var app = apps[db];
        var (_, draft) = await DraftAsync(app, "puprperkim", "PUPRPERKIM");
        var id = Id(draft);
        var atKasubag = await WalkAsync(app, "puprperkim", id, 2);

        // The Sekretaris cannot initial in the Kasubag's place; a Kabid does not even see the draft.
        var wrong = await Problem.ReadAsync(await (await app.ApiAsync("sekretaris.puprperkim"))
            .PostAsJsonAsync($"/api/v1/surat/{id}/paraf", new { version = Version(atKasubag) }));
        wrong.Status.ShouldBe(403);
        wrong.Detail.ShouldContain("Kasubag Perencanaan");
        (await (await app.ApiAsync("kabid.puprperkim")).PostAsJsonAsync($"/api/v1/surat/{id}/paraf", new { version = Version(atKasubag) }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var early = await (await app.ApiAsync("kepala.puprperkim")).PostAsJsonAsync($"/api/v1/surat/{id}/tanda-tangan", new { version = Version(atKasubag) });
        (await Problem.ReadAsync(early)).Status.ShouldBe(409);

        // Initialled once; the same request again is a conflict with the letter's state (or its version).
        var kasubag = await app.ApiAsync("kasubag.puprperkim");
        var once = await JsonAsync(await kasubag.PostAsJsonAsync($"/api/v1/surat/{id}/paraf", new { version = Version(atKasubag) }));
        Status(once).ShouldBe("MenungguParafSekretaris");
        (await Problem.ReadAsync(await kasubag.PostAsJsonAsync($"/api/v1/surat/{id}/paraf", new { version = Version(atKasubag) }))).Status.ShouldBe(409);
        var signedOnce = await WalkAsync(app, "puprperkim", id, 2, skip: 3);
        var twice = await Problem.ReadAsync(await (await app.ApiAsync("kepala.puprperkim"))
            .PostAsJsonAsync($"/api/v1/surat/{id}/tanda-tangan", new { version = Version(signedOnce) }));
        twice.Status.ShouldBe(409);
        twice.Detail.ShouldContain("sudah ditandatangani");

        // Editing after paraf is a conflict; editing with an old version too, and nothing changes.
        var stale = await Problem.ReadAsync(await kasubag.PutAsJsonAsync($"/api/v1/surat/{id}", new { perihal = "Diubah", version = Version(draft) }));
        stale.Status.ShouldBe(409);
        var stored = await app.DbAsync(d => d.SuratPengumpulan.SingleAsync(s => s.Id == id));
        (stored.Perihal, stored.Status, stored.Version).ShouldBe((draft.GetProperty("perihal").GetString(), SuratStatus.Ditandatangani, Version(signedOnce)));
        (await app.DbAsync(d => d.SuratRiwayat.CountAsync(r => r.SuratPengumpulanId == id))).ShouldBe(5);
    }

    [Theory, BothDatabases]
    public async Task StaleVersion_OnADraft_Is409_AndKeepsTheOtherPersonsText(DatabaseProvider db)
    {
        var app = apps[db];
        var (_, draft) = await DraftAsync(app, "puprperkim", "PUPRPERKIM", "SuratPemberitahuan");
        var kasubag = await app.ApiAsync("kasubag.puprperkim");
        var first = await JsonAsync(await kasubag.PutAsJsonAsync($"/api/v1/surat/{Id(draft)}", new { perihal = "Perihal pertama", isi = "A", version = Version(draft) }));
        var second = await Problem.ReadAsync(await kasubag.PutAsJsonAsync($"/api/v1/surat/{Id(draft)}", new { perihal = "Perihal kedua", isi = "B", version = Version(draft) }));
        second.Status.ShouldBe(409);
        var stored = await app.DbAsync(d => d.SuratPengumpulan.SingleAsync(s => s.Id == Id(draft)));
        (stored.Perihal, stored.Isi, stored.Version).ShouldBe(("Perihal pertama", "A", Version(first)));
    }

    [Theory, BothDatabases]
    public async Task ConcurrentSignatures_TakeDifferentNumbers_OfOneSequence(DatabaseProvider db)
    {
        var app = apps[db];
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var (_, draft) = await DraftAsync(app, "puprperkim", "PUPRPERKIM");
            await WalkAsync(app, "puprperkim", Id(draft), 4);
            ids.Add(Id(draft));
        }
        var kepala = await app.ApiAsync("kepala.puprperkim");
        var versions = await Task.WhenAll(ids.Select(async id => Version(await JsonAsync(await kepala.GetAsync($"/api/v1/surat/{id}")))));
        var results = await Task.WhenAll(ids.Select((id, n) => kepala.PostAsJsonAsync($"/api/v1/surat/{id}/tanda-tangan", new { version = versions[n] })));
        foreach (var r in results) r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());

        var numbers = await app.DbAsync(d => d.SuratPengumpulan.Where(s => ids.Contains(s.Id)).Select(s => new { s.NomorUrut, s.Nomor }).ToListAsync());
        numbers.Select(n => n.Nomor).Distinct().Count().ShouldBe(3);
        var urut = numbers.Select(n => n.NomorUrut!.Value).Order().ToList();
        (urut[2] - urut[0]).ShouldBe(2);
        var counter = await app.DbAsync(d => d.SuratNomorUrut.SingleAsync(c => c.Tahun == DateTime.UtcNow.Year && c.Jenis == SuratJenis.SK
                                                                                && c.PerangkatDaerahId == d.PerangkatDaerah.Single(o => o.Kode == "PUPRPERKIM").Id));
        counter.Terakhir.ShouldBeGreaterThanOrEqualTo(urut[2]);
    }
}
