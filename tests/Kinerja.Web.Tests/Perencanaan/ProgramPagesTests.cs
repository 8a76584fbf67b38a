using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>/Perencanaan/Program: the Program → Kegiatan → Sub-kegiatan tree, edited and given pagu in the browser.</summary>
[Collection("web")]
public class ProgramPagesTests(TestApps apps)
{
    private const string Planner = "kasubag.diskop";
    private const int Tahun = 2030;
    private static int _next = 10;

    private static async Task<(int Opd, string Url)> PageAsync(KinerjaApp app)
    {
        var opd = await app.DbAsync(d => d.PerangkatDaerah.Where(o => o.Kode == "DISKOPUKMPERINDAG").Select(o => o.Id).SingleAsync());
        return (opd, $"/Perencanaan/Program?opd={opd}&tahun={Tahun}");
    }

    private static async Task<int> SaveAsync(KinerjaApp app, HttpClient client, string url, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(client, url, fields, handler: "Simpan");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, Forms.Summary(await Forms.ParseAsync(response)));
        var kode = fields["Node.Kode"];
        return await app.DbAsync(d => d.ProgramKegiatan.Where(p => p.Kode == kode).Select(p => p.Id).SingleAsync());
    }

    [Theory, BothDatabases]
    public async Task Planner_BuildsTheTree_WithSasaranUnitAndPagu_AndSeesItInTreeOrder(DatabaseProvider db)
    {
        var app = apps[db];
        var (opd, url) = await PageAsync(app);
        var client = await app.PagesAsync(Planner);
        var n = Interlocked.Increment(ref _next);
        var (pk, kk, sk) = ($"8.X8.{n}", $"8.X8.{n}.2.01", $"8.X8.{n}.2.01.0003");
        var sasaran = await app.DbAsync(d => d.Sasaran.Where(s => s.Tujuan.Renstra.PerangkatDaerahId == opd).Select(s => new { s.Id, s.Kode, s.Uraian }).FirstAsync());
        var unit = await app.DbAsync(d => d.UnitKerja.Where(u => u.PerangkatDaerahId == opd && u.Kode == "SEKSI-UKM").Select(u => new { u.Id, u.Nama }).SingleAsync());

        var program = await SaveAsync(app, client, url, new() { ["Node.Level"] = "Program", ["Node.Kode"] = pk, ["Node.Nama"] = "Program uji halaman", ["Node.SasaranId"] = sasaran.Id.ToString() });
        var kegiatan = await SaveAsync(app, client, url, new() { ["Node.Level"] = "Kegiatan", ["Node.ParentId"] = program.ToString(), ["Node.Kode"] = kk, ["Node.Nama"] = "Kegiatan uji" });
        var sub = await SaveAsync(app, client, url, new() { ["Node.Level"] = "SubKegiatan", ["Node.ParentId"] = kegiatan.ToString(), ["Node.Kode"] = sk, ["Node.Nama"] = "Sub-kegiatan uji", ["Node.UnitKerjaId"] = unit.Id.ToString() });
        foreach (var (id, jumlah) in new[] { (program, "2.000.000.000"), (kegiatan, "1.500.000.000"), (sub, "Rp 750.000.000") })
            (await Forms.PostAsync(client, $"{url}&programId={id}", new() { [$"Pagu[{id}]"] = jumlah }, handler: "Pagu")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stored = await app.DbAsync(d => d.ProgramKegiatan.Where(p => p.Id == sub).Select(p => new { p.ParentId, p.UnitKerjaId, Pagu = p.Pagu.Single(x => x.Tahun == Tahun).Jumlah }).SingleAsync());
        stored.ShouldBe(new { ParentId = (int?)kegiatan, UnitKerjaId = (int?)unit.Id, Pagu = 750_000_000L });
        (await app.DbAsync(d => d.ProgramKegiatan.Where(p => p.Id == program).Select(p => p.SasaranId).SingleAsync())).ShouldBe(sasaran.Id);

        var page = await Forms.GetDocumentAsync(client, url);
        var rows = page.QuerySelectorAll("[data-testid=program-row]").Where(r => r.GetAttribute("data-kode")!.StartsWith(pk)).ToList();
        rows.Select(r => r.GetAttribute("data-kode")).ShouldBe([pk, kk, sk]);
        rows[0].TextContent.ShouldContain($"{sasaran.Kode} {sasaran.Uraian}");
        rows[2].TextContent.ShouldContain(unit.Nama);
        rows[2].QuerySelector($"#pagu-{sub}")!.GetAttribute("value").ShouldBe("750.000.000");

        var kabid = await Forms.GetDocumentAsync(await app.PagesAsync("kabid.diskop"), url);
        var readOnly = kabid.QuerySelectorAll("[data-testid=program-row]").Single(r => r.GetAttribute("data-kode") == sk);
        readOnly.TextContent.ShouldContain("Rp 750.000.000");
        kabid.QuerySelectorAll("form[action*='handler=']").Length.ShouldBe(0);
        kabid.QuerySelector("#node-form").ShouldBeNull();
    }

    [Theory, BothDatabases]
    public async Task BadCodeDuplicateAndPaguOverTheParent_AreShownNextToTheField_AndNothingIsSaved(DatabaseProvider db)
    {
        var app = apps[db];
        var (_, url) = await PageAsync(app);
        var client = await app.PagesAsync(Planner);
        var n = Interlocked.Increment(ref _next);
        var program = await SaveAsync(app, client, url, new() { ["Node.Level"] = "Program", ["Node.Kode"] = $"8.X8.{n}", ["Node.Nama"] = "Program batas" });
        var kegiatan = await SaveAsync(app, client, url, new() { ["Node.Level"] = "Kegiatan", ["Node.ParentId"] = program.ToString(), ["Node.Kode"] = $"8.X8.{n}.2.01", ["Node.Nama"] = "Kegiatan batas" });

        var badCode = await Forms.ParseAsync(await Forms.PostAsync(client, url, new() { ["Node.Level"] = "Kegiatan", ["Node.ParentId"] = program.ToString(), ["Node.Kode"] = "8.X8.1", ["Node.Nama"] = "Salah format" }, handler: "Simpan"));
        Forms.FieldError(badCode, "Node.Kode").ShouldBe($"Kode kegiatan \"8.X8.1\" tidak sesuai format Kepmendagri 050-5889/2021 (contoh: 1.03.02.2.01).");
        badCode.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Node_Nama")!.Value.ShouldBe("Salah format");
        var duplicate = await Forms.ParseAsync(await Forms.PostAsync(client, url, new() { ["Node.Level"] = "Kegiatan", ["Node.ParentId"] = program.ToString(), ["Node.Kode"] = $"8.X8.{n}.2.01", ["Node.Nama"] = "Dua kali" }, handler: "Simpan"));
        Forms.FieldError(duplicate, "Node.Kode").ShouldBe($"Kode 8.X8.{n}.2.01 sudah dipakai di perangkat daerah ini.");

        (await Forms.PostAsync(client, $"{url}&programId={program}", new() { [$"Pagu[{program}]"] = "1.000.000" }, handler: "Pagu")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var over = await Forms.ParseAsync(await Forms.PostAsync(client, $"{url}&programId={kegiatan}", new() { [$"Pagu[{kegiatan}]"] = "1.000.001" }, handler: "Pagu"));
        Forms.FieldError(over, $"Pagu[{kegiatan}]").ShouldBe($"Jumlah pagu di bawah program 8.X8.{n} tahun {Tahun} (Rp 1.000.001) melebihi pagu program 8.X8.{n} (Rp 1.000.000).");
        over.QuerySelector($"#pagu-{kegiatan}")!.GetAttribute("value").ShouldBe("1.000.001");
        over.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Node_Id")!.Value.ShouldBe("");   // the add form stays an add form
        var text = await Forms.ParseAsync(await Forms.PostAsync(client, $"{url}&programId={kegiatan}", new() { [$"Pagu[{kegiatan}]"] = "satu juta" }, handler: "Pagu"));
        Forms.FieldError(text, $"Pagu[{kegiatan}]").ShouldBe("Pagu \"satu juta\" harus rupiah bulat, mis. 1.250.000.");

        (await app.DbAsync(d => d.ProgramKegiatan.CountAsync(p => p.Kode.StartsWith($"8.X8.{n}")))).ShouldBe(2);
        (await app.DbAsync(d => d.Pagu.AnyAsync(p => p.ProgramKegiatanId == kegiatan))).ShouldBeFalse();
    }
}
