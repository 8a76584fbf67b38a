using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>The run's timeline: standard against actual per step, Gantt-like, late steps red.</summary>
public class TimelineModel(CurrentUser me, AppDbContext db, Clock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public TimelineDto Timeline { get; private set; } = null!;
    public string Chart { get; private set; } = "";
    public Clock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Timeline = await GetSopInstance.Timeline(Id, db, await me.ScopeAsync(ct), clock, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Chart = TimelineChart.Render(Timeline, k => l[k]);
        return Page();
    }
}
