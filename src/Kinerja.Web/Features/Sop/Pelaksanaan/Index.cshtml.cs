using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>The SOP runs the user can see, newest first.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public List<SopInstanceSummaryDto> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Runs = await GetSopInstance.List(null, null, db, await me.ScopeAsync(ct), clock, ct);
}
