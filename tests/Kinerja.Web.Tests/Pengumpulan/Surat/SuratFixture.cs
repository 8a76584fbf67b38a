using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;

namespace Kinerja.Web.Tests.Pengumpulan.Surat;

/// <summary>Opens a round of its own, drafts a letter and walks it along the chain as the people of the SOP.</summary>
public static class SuratFixture
{
    /// <summary>The steps up to a given status, each with the account that takes it in the demo OPD (slug: puprperkim, diskop).</summary>
    public static (string User, string Aksi)[] Chain(string opd) =>
    [
        ($"kasubag.{opd}", "ajukan"), ($"kasubag.{opd}", "koreksi"), ($"kasubag.{opd}", "paraf"), ($"sekretaris.{opd}", "paraf"),
        ($"kepala.{opd}", "tanda-tangan"), ($"kasubag.{opd}", "gandakan"), ($"kasubag.{opd}", "distribusikan"), ($"kasubag.{opd}", "arsipkan"),
    ];

    public static async Task<(JsonElement Round, JsonElement Surat)> DraftAsync(KinerjaApp app, string opdSlug, string opdKode, string jenis = "SK")
    {
        var planner = await app.ApiAsync($"kasubag.{opdSlug}");
        var round = await OpenFreeAsync(app, planner, opdKode);
        var surat = await JsonAsync(await planner.PostAsJsonAsync($"/api/v1/pengumpulan/{round.GetProperty("id").GetInt32()}/surat", new { jenis }),
            HttpStatusCode.Created);
        return (round, surat);
    }

    /// <summary>Takes the first <paramref name="steps"/> steps of the chain; returns the letter after the last.</summary>
    public static async Task<JsonElement> WalkAsync(KinerjaApp app, string opdSlug, int suratId, int steps, int skip = 0)
    {
        JsonElement surat = default;
        foreach (var (user, aksi) in Chain(opdSlug).Skip(skip).Take(steps))
            surat = await StepAsync(app, user, suratId, aksi, aksi == "koreksi" ? "Perbaiki tanggal batas waktu pada paragraf kedua." : null);
        return surat;
    }

    public static async Task<JsonElement> StepAsync(KinerjaApp app, string user, int suratId, string aksi, string? catatan = null)
    {
        var client = await app.ApiAsync(user);
        var current = await JsonAsync(await client.GetAsync($"/api/v1/surat/{suratId}"));
        return await JsonAsync(await client.PostAsJsonAsync($"/api/v1/surat/{suratId}/{aksi}", new { version = Version(current), catatan }));
    }

    public static int Id(JsonElement e) => e.GetProperty("id").GetInt32();

    public static string Status(JsonElement e) => e.GetProperty("status").GetString()!;

    /// <summary>The document's paragraphs as text, body and headers.</summary>
    public static List<string> Paragraphs(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
    }
}
