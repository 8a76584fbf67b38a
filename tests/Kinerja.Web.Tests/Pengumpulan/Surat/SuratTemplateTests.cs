using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Pengumpulan;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;
using static Kinerja.Web.Tests.Pengumpulan.Surat.SuratFixture;

namespace Kinerja.Web.Tests.Pengumpulan.Surat;

/// <summary>An OPD replaces its letter template with one edited in Word; bad files are refused and change nothing.</summary>
[Collection("web")]
public class SuratTemplateTests(TestApps apps)
{
    private const string Url = "/api/v1/surat/template/{0}/surat-pemberitahuan";

    [Theory, BothDatabases]
    public async Task BadUploads_Are422_AndTheTemplateInUseStaysTheSame(DatabaseProvider db)
    {
        var app = apps[db];
        var opd = await OpdIdAsync(app, "DISKOPUKMPERINDAG");
        var kasubag = await app.ApiAsync("kasubag.diskop");
        var url = string.Format(Url, opd);
        var before = await kasubag.GetByteArrayAsync(url);
        var rowsBefore = await RowsAsync(app, opd);

        var cases = new (byte[] File, string? Format, string Field, string Says)[]
        {
            (Encoding.UTF8.GetBytes("bukan dokumen word"), null, "file", "bukan dokumen Word"),
            (Zip(("hello.txt", "halo")), null, "file", "bukan dokumen Word"),
            ([], null, "file", "Pilih berkas"),
            (Template(("Nomor {{nomor}} ditandatangani {{ttd", "_kepala}}")), null, "file", "{{ttd_kepala}}"),
            (Template(("Tanpa nomor {{periode}}", "")), null, "file", "{{nomor}}"),
            (Template(("{{nomor}}", "")), "005/{nomor}/{tahun}", "formatNomor", "tidak dikenal"),
        };
        foreach (var (file, format, field, says) in cases)
        {
            var problem = await Problem.ReadAsync(await kasubag.PutAsync(url, Upload(file, format)));
            problem.Status.ShouldBe(422, says);
            problem.Errors[field][0].ShouldContain(says);
        }
        (await kasubag.GetByteArrayAsync(url)).ShouldBe(before);
        (await RowsAsync(app, opd)).ShouldBe(rowsBefore);

        // A Kepala Bidang is not of the OPD's office: the templates are not theirs to see; the Sekretaris sees but may not replace.
        (await (await app.ApiAsync("kabid.diskop")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("sekretaris.diskop")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await (await app.ApiAsync("sekretaris.diskop")).PutAsync(url, Upload(Template(("{{nomor}}", "")), null));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RowsAsync(app, opd)).ShouldBe(rowsBefore);
    }

    [Theory, BothDatabases]
    public async Task UploadedTemplate_WithPlaceholdersSplitAcrossRuns_MakesTheLetter_WithTheOpdsNumberFormat(DatabaseProvider db)
    {
        var app = apps[db];
        var opd = await OpdIdAsync(app, "DISKOPUKMPERINDAG");
        var kasubag = await app.ApiAsync("kasubag.diskop");
        // Word splits "{{batas_waktu}}" where the typist paused; the bold run must stay bold.
        var template = Template(("Nomor: {{no", "mor}}"), ("Periode {{peri", "ode}}, paling lambat {{batas_waktu}}."), ("{{daftar_unit}}", ""),
            ("Kepala: {{nama_kepala}} (NIP {{nip_kepala}})", ""));
        var saved = await JsonAsync(await kasubag.PutAsync(string.Format(Url, opd), Upload(template, "005/{urut:000}/DK/{bulan_romawi}/{tahun}")));
        saved.GetProperty("isDefault").GetBoolean().ShouldBeFalse();
        saved.GetProperty("formatNomor").GetString().ShouldBe("005/{urut:000}/DK/{bulan_romawi}/{tahun}");

        var (round, draft) = await DraftAsync(app, "diskop", "DISKOPUKMPERINDAG", "SuratPemberitahuan");
        var signed = await WalkAsync(app, "diskop", Id(draft), 5);
        var today = DateTime.UtcNow;
        var nomor = signed.GetProperty("nomor").GetString()!;
        nomor.ShouldMatch(@"^005/\d{3}/DK/[IVX]+/" + today.Year + "$");

        var bytes = await kasubag.GetByteArrayAsync($"/api/v1/surat/{Id(draft)}/docx");
        var text = Paragraphs(bytes);
        text.ShouldContain($"Nomor: {nomor}");
        var tw = new[] { "I", "II", "III", "IV" }[round.GetProperty("triwulan").GetInt32() - 1];
        text.ShouldContain(p => p.StartsWith($"Periode Triwulan {tw} Tahun {round.GetProperty("tahun").GetInt32()}, paling lambat "));
        var units = round.GetProperty("formatDataKinerja").EnumerateArray().Select(f => f.GetProperty("unit").GetString()!).Distinct().ToList();
        text.Count(p => units.Any(u => p.EndsWith(". " + u))).ShouldBe(units.Count);
        var kepala = await app.DbAsync(d => d.Users.Where(u => u.UserName == "kepala.diskop").Select(u => u.FullName).SingleAsync());
        text.ShouldContain(p => p.StartsWith($"Kepala: {kepala} (NIP "));
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        // The placeholder went into the run where it started; the rest of the bold run kept its bold.
        word.MainDocumentPart!.Document.Body!.Descendants<Run>().Where(r => r.RunProperties?.Bold is not null).Select(r => r.InnerText)
            .ShouldContain(t => t.StartsWith(", paling lambat ") && t.EndsWith(".") && t.Length > ", paling lambat .".Length);
        word.MainDocumentPart.Document.Body.InnerText.ShouldNotContain("{{");

        // The SK of the same OPD still uses the built-in template and the default format.
        var sk = await JsonAsync(await kasubag.PostAsJsonAsync($"/api/v1/pengumpulan/{round.GetProperty("id").GetInt32()}/surat", new { jenis = "SK" }), HttpStatusCode.Created);
        Status(await WalkAsync(app, "diskop", Id(sk), 5)).ShouldBe("Ditandatangani");
        (await app.DbAsync(d => d.SuratPengumpulan.Where(s => s.Id == Id(sk)).Select(s => s.Nomor).SingleAsync())).ShouldStartWith("800/");
    }

    [Theory, BothDatabases]
    public async Task BuiltInTemplates_AndTheLettersMadeFromThem_AreValidWordDocuments(DatabaseProvider db)
    {
        var app = apps[db];
        var opd = await OpdIdAsync(app, "PUPRPERKIM");
        var kasubag = await app.ApiAsync("kasubag.puprperkim");
        var validator = new DocumentFormat.OpenXml.Validation.OpenXmlValidator();
        foreach (var jenis in new[] { "sk", "surat-pemberitahuan" })
        {
            var bytes = await kasubag.GetByteArrayAsync($"/api/v1/surat/template/{opd}/{jenis}");
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            validator.Validate(word).Select(e => e.Description).ShouldBeEmpty();
            DocxPlaceholders(word).ShouldContain("{{nomor}}");
        }
        var (_, draft) = await DraftAsync(app, "puprperkim", "PUPRPERKIM");
        var letter = await kasubag.GetByteArrayAsync($"/api/v1/surat/{Id(draft)}/docx");
        using (var word = WordprocessingDocument.Open(new MemoryStream(letter), false))
        {
            validator.Validate(word).Select(e => e.Description).ShouldBeEmpty();
            DocxPlaceholders(word).ShouldBeEmpty();
        }
        // Before signing the number is a blank to fill, never a made-up one.
        Paragraphs(letter).ShouldContain("NOMOR ……/……/……/……");
    }

    private static List<string> DocxPlaceholders(WordprocessingDocument word) =>
        System.Text.RegularExpressions.Regex.Matches(word.MainDocumentPart!.Document.Body!.InnerText, @"\{\{[a-z_]+\}\}").Select(m => m.Value).ToList();

    private static async Task<List<string>> RowsAsync(KinerjaApp app, int opd) =>
        await app.DbAsync(d => d.SuratTemplate.AsNoTracking().Where(t => t.PerangkatDaerahId == opd).OrderBy(t => t.Id)
            .Select(t => $"{t.Id}|{t.Jenis}|{t.NamaFile}|{t.FormatNomor}|{t.Version}|{t.Docx!.Length}").ToListAsync());

    private static MultipartFormDataContent Upload(byte[] file, string? formatNomor)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var form = new MultipartFormDataContent { { content, "file", "templat.docx" } };
        if (formatNomor is not null) form.Add(new StringContent(formatNomor), "formatNomor");
        return form;
    }

    /// <summary>A DOCX with one paragraph per pair: the first run plain, the second bold (as Word splits typed text).</summary>
    public static byte[] Template(params (string Plain, string Bold)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var (plain, bold) in paragraphs)
            {
                var p = new Paragraph(new Run(new Text(plain) { Space = SpaceProcessingModeValues.Preserve }));
                if (bold.Length > 0) p.Append(new Run(new RunProperties(new Bold()), new Text(bold) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(p);
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
                using (var w = new StreamWriter(zip.CreateEntry(name).Open())) w.Write(text);
        return stream.ToArray();
    }
}
