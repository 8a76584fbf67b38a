using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>The compliance report of one SOP over a year or a date range.</summary>
public class KepatuhanModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int SopId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Dari { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Sampai { get; set; }

    public ComplianceDto? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            var scope = await me.ScopeAsync(ct);
            await this.TryRunAsync(async () => Report = await ComplianceReport.Handle(SopId, Tahun, Dari, Sampai, db, scope, clock, ct), prefix: "");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }
}
