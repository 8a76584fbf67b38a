using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop;

/// <summary>The printable SOP (PermenPANRB 35/2012 layout) of one revision, the current one by default.</summary>
public class CetakModel(CurrentUser me, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Revisi { get; set; }

    public SopDefinition Definition { get; private set; } = null!;
    public SopPrintLayout Layout { get; private set; } = null!;
    /// <summary>The flowchart cut into one SVG per printed page of the step table.</summary>
    public IReadOnlyList<string> Flowcharts { get; private set; } = [];
    public string PemdaNama { get; private set; } = "";
    public int RevisiNo { get; private set; }
    /// <summary>The stylesheet's text, set when the page is printed to PDF on the server.</summary>
    public string? InlineCss { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(db, await me.ScopeAsync(ct), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }

    /// <summary>Fills the model for <see cref="Id"/> and <see cref="Revisi"/>; NotFoundException when the user may not read it.</summary>
    public async Task LoadAsync(AppDbContext context, AccessScope scope, CancellationToken ct)
    {
        var (sop, revisi) = await SopAccess.RevisiAsync(Id, Revisi, context, scope, ct);
        PemdaNama = await context.PerangkatDaerah.Where(o => o.Id == sop.PerangkatDaerahId).Select(o => o.Pemda.Nama).SingleAsync(ct);
        Definition = SopDefinitionParser.Parse(revisi.Yaml);
        RevisiNo = revisi.Revisi;
        Layout = new SopPrintLayout(Definition);
        Flowcharts = SopFlowchart.Render(Layout);
    }
}
