using Kinerja.Domain.Sop;
using Kinerja.Web.Features.Sop;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Kinerja.Web.Tests.Sop;

/// <summary>
/// The SOP a Kasubag prints and has signed: its PDF is paginated as the print view — whole step rows per page,
/// the header on every page, the flowchart cut with its rows, "Jumlah waktu" once at the end, no blank page.
/// The PDF's text is read back with PdfPig.
/// </summary>
[Collection("web")]
public class SopPdfPaginationTests(TestApps apps)
{
    public static TheoryData<DatabaseProvider, string, string, string> Seeds() => SopPagesTests.Seeds();

    [Theory, MemberData(nameof(Seeds))]
    public async Task Pdf_PutsWholeStepsOnEachPage_WithTheHeader_AndTheTotalOnceAtTheEnd(DatabaseProvider db, string slug, string kode, string seed)
    {
        var app = apps[db];
        var id = await app.DbAsync(d => d.SopDokumen
            .Where(s => s.PerangkatDaerah.Kode == kode && s.Revisi.Any(r => r.Revisi == 1 && r.CreatedByUserName == "demo"))
            .Select(s => s.Id).SingleAsync());
        var layout = new SopPrintLayout(SeedSops.Definition(seed));
        var response = await (await app.ApiAsync($"kasubag.{slug}")).GetAsync($"/api/v1/sop/{id}/pdf");
        response.EnsureSuccessStatusCode();

        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Kept as a CI artefact, so the pages can be looked at (pdftoppm), not only read back.
        if (db == DatabaseProvider.Sqlite) await File.WriteAllBytesAsync(Path.Combine(Artifacts(), $"sop-{slug}.pdf"), bytes);
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => p.GetWords().ToList()).ToList();

        pages.ShouldAllBe(words => words.Count > 0, "no blank page");
        // Step numbers are the digits in the narrow "No" column at the left edge of a step page.
        var stepsOnPage = pages.Select(words => words
            .Where(w => w.BoundingBox.Left < 55 && w.Text.All(char.IsDigit))
            .Select(w => int.Parse(w.Text)).OrderBy(n => n).ToList()).ToList();
        var stepPages = stepsOnPage.Select((steps, i) => (steps, i)).Where(x => x.steps.Count > 0).ToList();
        stepPages.Select(x => x.steps).ShouldBe(layout.Pages.Select(p =>
            layout.Definition.Steps.Skip(p.First).Take(p.Count).Select(s => s.No).ToList()), "each page holds the rows the layout gave it");
        stepPages.Select(x => x.i).ShouldBe(Enumerable.Range(stepPages[0].i, stepPages.Count), "step pages follow each other");
        stepPages[^1].i.ShouldBe(pages.Count - 1, "nothing spills onto a page after the last step page");

        foreach (var (_, i) in stepPages)
        {
            Has(pages[i], "Kegiatan").ShouldBeTrue($"page {i + 1} repeats the header");
            Has(pages[i], "Kelengkapan").ShouldBeTrue($"page {i + 1} repeats the header");
        }
        pages.Sum(p => Count(p, "Jumlah", "waktu")).ShouldBe(1);
        Count(pages[^1], "Jumlah", "waktu").ShouldBe(1);
        Has(pages[stepPages[0].i], "Mulai").ShouldBeTrue();
        Has(pages[^1], "Selesai").ShouldBeTrue();
        pages.Sum(p => Count(p, "Selesai")).ShouldBe(1);
    }

    private static string Artifacts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root (Kinerja.slnx) not found"), "artifacts", "pdf");
        Directory.CreateDirectory(path);
        return path;
    }

    private static bool Has(List<Word> words, string text) => words.Any(w => w.Text == text);

    private static int Count(List<Word> words, params string[] sequence) =>
        Enumerable.Range(0, Math.Max(0, words.Count - sequence.Length + 1))
            .Count(i => sequence.Select((t, k) => words[i + k].Text == t).All(x => x));
}
