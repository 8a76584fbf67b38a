using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Kinerja.Web.Features.Pengumpulan.Surat;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan.Kotak;

/// <summary>"Kotak masuk": the forms and the round letters that wait for the current user, newest deadline first.</summary>
public class IndexModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public List<KotakItemDto> Items { get; private set; } = [];
    public List<SuratInboxItem> Letters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Items = await GetKotakMasuk.Handle(db, scope, clock, ct);
        Letters = (await SuratInbox.PendingForAsync(db, scope, ct)).OrderByDescending(l => l.BatasWaktuUtc).ToList();
    }

    /// <summary>The navigation badge: every form and letter that waits for the user.</summary>
    public static async Task<int> CountAsync(AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct) =>
        scope.IsAuthenticated
            ? (await GetKotakMasuk.Handle(db, scope, clock, ct)).Count + (await SuratInbox.PendingForAsync(db, scope, ct)).Count
            : 0;
}
