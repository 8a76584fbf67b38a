using System.Text;
using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop;

/// <summary>One SOP: its current revision summarised, links to print and export, and every revision.</summary>
public class DetailModel(CurrentUser me, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public SopDetailDto Sop { get; private set; } = null!;
    public string OpdNama { get; private set; } = "";
    public bool CanWrite { get; private set; }
    public List<SopRevisiDto> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        try
        {
            var (sop, revisi) = await SopAccess.RevisiAsync(Id, null, db, scope, ct);
            var opd = await db.PerangkatDaerah.AsNoTracking().SingleAsync(o => o.Id == sop.PerangkatDaerahId, ct);
            (OpdNama, CanWrite) = (opd.Nama, SopAccess.CanWrite(opd, scope));
            Sop = SopDetailDto.From(sop, SopDefinitionParser.Parse(revisi.Yaml));
            Revisions = await ListSop.RevisionsAsync(Id, db, scope, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }

    /// <summary>Export: the revision's text exactly as stored, as a .yaml download.</summary>
    public async Task<IActionResult> OnGetYamlAsync(int revisi, CancellationToken ct)
    {
        try
        {
            var (_, r) = await SopAccess.RevisiAsync(Id, revisi, db, await me.ScopeAsync(ct), ct);
            return File(Encoding.UTF8.GetBytes(r.Yaml), "text/yaml; charset=utf-8", $"sop-{Id}-revisi-{r.Revisi}.yaml");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
