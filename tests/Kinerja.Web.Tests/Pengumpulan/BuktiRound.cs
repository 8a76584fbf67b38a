using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>
/// DISKOP rounds for the evidence and Excel tests, in quarters taken from 2027 TW III on (the other
/// round tests take BPBD, or DISKOP from 2029 TW I down), so no other test meets them. Kabid Koperasi
/// fills both forms under Bidang Koperasi: the Bidang's own (IKU-1, which requires evidence, and a
/// sub-kegiatan given a pagu for the year here) and Seksi Pengawasan's (IK-1.3 whole, IK-1.4 two decimals).
/// </summary>
public static class BuktiRound
{
    public const string Filler = "kabid.diskop", Reader = "sekretaris.diskop", OtherUnit = "pelaksana.diskop", Planner = "kasubag.diskop";
    public const string Bidang = "Bidang Koperasi", Seksi = "Seksi Pengawasan Koperasi";

    public record Round(int Id, int BidangForm, int SeksiForm, int Tahun, int Triwulan);

    private static readonly (int Year, int Quarter)[] Slots =
        [(2027, 3), (2027, 4), (2027, 2), (2027, 1), (2025, 4), (2025, 3), (2025, 2), (2025, 1), (2028, 4), (2028, 3), (2028, 2), (2028, 1),
         (2029, 4), (2029, 3)];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseProvider, Task<Round>> Shared = new();

    /// <summary>One round per database for the tests that store nothing (refusals, reading, downloads), so the quarters last.</summary>
    public static Task<Round> SharedAsync(KinerjaApp app) => Shared.GetOrAdd(app.Provider, _ => OpenAsync(app));

    public static async Task<Round> OpenAsync(KinerjaApp app)
    {
        var opd = await PengumpulanFixture.OpdIdAsync(app, "DISKOPUKMPERINDAG");
        var taken = await app.DbAsync(db => db.PengumpulanData.Where(r => r.PerangkatDaerahId == opd).Select(r => r.Tahun * 10 + r.Triwulan).ToListAsync());
        var (year, quarter) = Slots.First(s => !taken.Contains(s.Year * 10 + s.Quarter));
        await app.DbAsync(async db =>
        {
            var sub = await db.ProgramKegiatan.Include(p => p.Pagu).SingleAsync(p => p.PerangkatDaerahId == opd && p.Kode == "2.17.03.2.01.0001");
            if (sub.Pagu.All(p => p.Tahun != year)) sub.Pagu.Add(new Features.Perencanaan.Pagu { Tahun = year, Jumlah = 300_000_000 });
            return await db.SaveChangesAsync();
        });
        var planner = await app.ApiAsync(Planner);
        var round = await PengumpulanFixture.JsonAsync(await planner.PostAsJsonAsync("/api/v1/pengumpulan", new
        {
            perangkatDaerahId = opd, tahun = year, triwulan = quarter,
            batasWaktu = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd"),
        }), HttpStatusCode.Created);
        return new Round(round.GetProperty("id").GetInt32(), PengumpulanFixture.FormatOf(round, Bidang), PengumpulanFixture.FormatOf(round, Seksi), year, quarter);
    }

    public static async Task<int> RowAsync(KinerjaApp app, int formId, string kode) =>
        await app.DbAsync(db => db.FormatIndikator.Where(r => r.FormatDataKinerjaId == formId && r.Indikator.Kode == kode).Select(r => r.Id).SingleAsync());

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, int formId, int rowId, byte[] content, string fileName,
        string contentType = "application/octet-stream", string? alasan = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (alasan is not null) form.Add(new StringContent(alasan), "alasan");
        return client.PostAsync($"/api/v1/format-data/{formId}/indikator/{rowId}/bukti", form);
    }

    /// <summary>Every stored evidence file under the data folder, relative to it.</summary>
    public static List<string> StoredFiles(KinerjaApp app)
    {
        var root = Path.Combine(app.DataPath, "bukti");
        return Directory.Exists(root)
            ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(app.DataPath, f)).Order().ToList()
            : [];
    }

    public static async Task<JsonElement> FormAsync(HttpClient client, int formId) =>
        await PengumpulanFixture.JsonAsync(await client.GetAsync($"/api/v1/format-data/{formId}"));

    /// <summary>A small real PDF (header, one page object, trailer, %%EOF) with a marker so two calls can differ.</summary>
    public static byte[] Pdf(string marker = "bukti") => System.Text.Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {marker}\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
