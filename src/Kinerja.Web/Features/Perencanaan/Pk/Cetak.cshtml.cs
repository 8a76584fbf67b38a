using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>The PK document as a page a browser prints to PDF (A4, the same texts as the DOCX).</summary>
public class CetakModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public PkDocument Doc { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Doc = await PkDocument.BuildAsync(id, db, await me.ScopeAsync(ct), clock, ct);
}
