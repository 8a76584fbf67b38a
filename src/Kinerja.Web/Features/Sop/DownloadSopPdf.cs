using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// The printable SOP as PDF: the print page's own markup, with its stylesheet inlined, printed by
/// headless Chromium (as the PK's PDF is). Access is checked before anything is rendered; without
/// Chromium the answer is 503 with the reason and the alternatives.
/// </summary>
public static class DownloadSopPdf
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(int id, int? revisi, HttpContext http, AppDbContext db,
        CurrentUser me, IWebHostEnvironment env, IOptions<KinerjaOptions> options, CancellationToken ct)
    {
        var model = new CetakModel(me, db) { Id = id, Revisi = revisi };
        await model.LoadAsync(db, await me.ScopeAsync(ct), ct);
        var css = env.WebRootFileProvider.GetFileInfo("css/sop-cetak.css");
        await using (var stream = css.CreateReadStream())
            model.InlineCss = await new StreamReader(stream).ReadToEndAsync(ct);
        var html = await RazorHtml.RenderAsync(http, "/Features/Sop/_SopCetak.cshtml", model);
        try
        {
            var pdf = await ChromiumPdf.RenderAsync(html, ChromiumPdf.Options.From(options.Value), ct);
            return TypedResults.File(pdf, "application/pdf", $"sop-{id}-revisi-{model.RevisiNo}.pdf");
        }
        catch (PdfUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF tidak tersedia");
        }
    }
}
