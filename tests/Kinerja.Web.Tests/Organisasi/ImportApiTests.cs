using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinerja.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Organisasi;

[Collection("web")]
public class ImportApiTests(TestApps apps)
{
    private static string P() => Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private static async Task<int> OpdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, int opd, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/v1/organisasi/import?kind={kind}&perangkatDaerahId={opd}", form);
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private static async Task<int> CountAsync(KinerjaApp app, string prefix) =>
        await app.DbAsync(d => d.UnitKerja.CountAsync(u => u.Kode.StartsWith(prefix)));

    [Theory, BothDatabases]
    public async Task ValidCsv_AppliesEveryRow_IncludingParentsDefinedEarlierInTheFile(DatabaseProvider db)
    {
        var app = apps[db];
        var p = P();
        var response = await UploadAsync(await app.ApiAsync("adminopd.bpbd"), "Unit", await OpdAsync(app, "BPBD"), Csv(
            "Kode;Nama;Jenis;Kode Induk",
            $"{p}-BID;Bidang Impor;Bidang;",
            $"{p}-S1;Seksi Impor Satu;Seksi;{p}-BID",
            $"\"{p}-S2\";\"Seksi Impor; Dua\";seksi;{p}-bid"), "unit.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetInt32().ShouldBe(3);
        var s2 = await app.DbAsync(d => d.UnitKerja.Include(u => u.Parent).SingleAsync(u => u.Kode == $"{p}-S2"));
        s2.Nama.ShouldBe("Seksi Impor; Dua");
        s2.Parent!.Kode.ShouldBe($"{p}-BID");
    }

    [Theory, BothDatabases]
    public async Task OneBadRowAmongGoodOnes_AppliesNothing_AndListsEveryBadRowWithItsColumn(DatabaseProvider db)
    {
        var app = apps[db];
        var p = P();
        var response = await UploadAsync(await app.ApiAsync("adminopd.bpbd"), "Unit", await OpdAsync(app, "BPBD"), Csv(
            "Kode,Nama,Jenis,Kode Induk",
            $"{p}-A,Unit Baik,Seksi,",
            $"{p}-B,Unit Jenis Salah,Kementerian,",
            $"{p}-C,,Seksi,",
            $"{p}-D,Unit Induk Hilang,Seksi,TIDAK-ADA"), "unit.csv");

        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(422);
        problem.Detail.ShouldContain("Tidak ada data yang disimpan");
        problem.Errors.Keys.ShouldBe(["Baris 3", "Baris 4", "Baris 5"], ignoreOrder: true);
        problem.Errors["Baris 3"].Single().ShouldStartWith("Kolom Jenis:");
        problem.Errors["Baris 4"].Single().ShouldBe("Kolom Nama: Nama unit wajib diisi.");
        problem.Errors["Baris 5"].Single().ShouldContain("TIDAK-ADA tidak ditemukan");
        (await CountAsync(app, p)).ShouldBe(0);
    }

    [Theory, BothDatabases]
    public async Task ShiftedColumns_OrAnotherTemplate_AreRefusedBeforeAnyRow(DatabaseProvider db)
    {
        var app = apps[db];
        var p = P();
        var client = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");

        var shifted = await Problem.ReadAsync(await UploadAsync(client, "Unit", opd, Csv(";Kode;Nama;Jenis;Kode Induk", $";{p};Unit;Seksi;"), "unit.csv"));
        shifted.Errors["File"].Single().ShouldContain("kolom A baris 1 seharusnya \"Kode\"");
        var wrong = await Problem.ReadAsync(await UploadAsync(client, "Jabatan", opd, Csv("Kode;Nama;Jenis;Kode Induk", $"{p};Unit;Seksi;"), "unit.csv"));
        wrong.Errors["File"].Single().ShouldContain("seharusnya \"Peran\"");
        (await CountAsync(app, p)).ShouldBe(0);
    }

    [Theory, BothDatabases]
    public async Task CorruptXlsx_AndEmptyFile_AreRefusedClearly(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");

        var corrupt = await Problem.ReadAsync(await UploadAsync(client, "Unit", opd, [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8], "unit.xlsx"));
        corrupt.Errors["File"].Single().ShouldContain("bukan XLSX yang dapat dibaca");
        var renamed = await Problem.ReadAsync(await UploadAsync(client, "Unit", opd, Encoding.UTF8.GetBytes("MZ\u0090\u0000 this is an executable"), "unit.xlsx"));
        renamed.Status.ShouldBe(422);
        var empty = await Problem.ReadAsync(await UploadAsync(client, "Unit", opd, [], "unit.csv"));
        empty.Errors["File"].Single().ShouldBe("Berkas kosong.");
    }

    [Theory, BothDatabases]
    public async Task DownloadedXlsxTemplate_FilledAndUploaded_ImportsJabatan(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var template = await client.GetByteArrayAsync("/api/v1/organisasi/import/template?kind=Jabatan&format=xlsx");
        var header = Xlsx.ReadFirstSheet(new MemoryStream(template), 10)[0].Select(c => c.Text).ToArray();
        header.ShouldBe(["Kode", "Nama", "Peran", "Kode Unit"]);

        var p = P();
        var filled = Xlsx.Write("Jabatan", header, [[$"{p}-STAF", "Staf Logistik Impor", "Pelaksana", "SEKSI-LOGISTIK"], [$"{p}-KEPALA2", "Kepala Impor", "Kepala Perangkat Daerah", ""]]);
        var response = await UploadAsync(client, "Jabatan", await OpdAsync(app, "BPBD"), filled, "jabatan.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var rows = await app.DbAsync(d => d.Jabatan.Include(j => j.UnitKerja).Where(j => j.Kode.StartsWith(p)).OrderBy(j => j.Kode).ToListAsync());
        rows.Select(j => (j.Role.ToString(), j.UnitKerja?.Kode)).ShouldBe([("Kepala", null), ("Pelaksana", "SEKSI-LOGISTIK")]);
    }

    [Theory, BothDatabases]
    public async Task FormulaCells_AreRefused(DatabaseProvider db)
    {
        var app = apps[db];
        var p = P();
        using var ms = new MemoryStream();
        ms.Write(Xlsx.Write("Unit", ["Kode", "Nama", "Jenis", "Kode Induk"], [[$"{p}-F", "Unit Rumus", "Seksi", ""]]));
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var cell = doc.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B2");
            cell.InlineString = null;
            cell.DataType = null;
            cell.CellFormula = new CellFormula("CONCAT(\"a\",\"b\")");
        }
        var problem = await Problem.ReadAsync(await UploadAsync(await app.ApiAsync("adminopd.bpbd"), "Unit", await OpdAsync(app, "BPBD"), ms.ToArray(), "unit.xlsx"));

        problem.Errors["Baris 2"].Single().ShouldContain("Kolom Nama berisi rumus");
        (await CountAsync(app, p)).ShouldBe(0);
    }

    [Theory, BothDatabases]
    public async Task UserImport_CreatesAccountsWithTheirJabatan_OrNoneWhenOneRowFails(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var a = "imp." + P().ToLowerInvariant();
        var b = "imp." + P().ToLowerInvariant();
        var header = "Nama Pengguna;Nama Lengkap;NIP;Email;Kata Sandi Awal;Kode Jabatan;Plt;Tanggal Mulai;Tanggal Selesai";

        var failed = await Problem.ReadAsync(await UploadAsync(client, "Pengguna", opd, Csv(header,
            $"{a};Pegawai Satu;;;Impor#2026x;BPBD-PELAKSANA;Tidak;2026-01-02;",
            $"{b};Pegawai Dua;;;Impor#2026x;BPBD-KABID;Ya;01-01-2025;31-01-2025"), "pengguna.csv"));
        failed.Errors["Baris 3"].Single().ShouldContain("Masa Plt sudah berakhir");
        (await app.DbAsync(d => d.Users.AnyAsync(u => u.UserName == a))).ShouldBeFalse();

        var ok = await UploadAsync(client, "Pengguna", opd, Csv(header, $"{a};Pegawai Satu;;;Impor#2026x;BPBD-PELAKSANA;Tidak;2026-01-02;"), "pengguna.csv");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var units = (await (await app.ApiAsync(a, "Impor#2026x")).GetFromJsonAsync<List<JsonElement>>("/api/v1/units"))!;
        units.Select(u => u.GetProperty("kode").GetString()).ShouldBe(["SEKSI-PENCEGAHAN"]);
    }
}
