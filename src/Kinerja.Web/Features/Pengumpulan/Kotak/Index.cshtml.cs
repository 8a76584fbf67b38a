using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.Kotak;

/// <summary>"Kotak masuk": what waits for the current user, newest deadline first.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public List<KotakItemDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await GetKotakMasuk.Handle(db, await me.ScopeAsync(ct), clock, ct);
}
