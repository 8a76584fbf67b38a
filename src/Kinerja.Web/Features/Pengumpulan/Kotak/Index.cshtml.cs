using Kinerja.Web.Data;
using Kinerja.Web.Features.Pengumpulan.Surat;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.Kotak;

/// <summary>"Kotak masuk": what waits for the current user, newest deadline first.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public List<KotakItemDto> Items { get; private set; } = [];
    /// <summary>Letters to correct, initial, sign, distribute, or (for the receiving units) to read: the SOP's inbox holds both.</summary>
    public List<SuratInboxItem> Letters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Items = await GetKotakMasuk.Handle(db, scope, clock, ct);
        Letters = await SuratInbox.PendingForAsync(db, scope, ct);
    }
}
