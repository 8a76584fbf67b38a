using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>The printable lembar disposisi of one disposisi: from, to, date, instruction, attachments and the paraf.</summary>
public class LembarDisposisiModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public Disposisi Disposisi { get; private set; } = null!;
    public SopInstance Run { get; private set; } = null!;
    public SopInstanceStep Step { get; private set; } = null!;
    public string PemdaNama { get; private set; } = "";
    public Clock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var instanceId = await db.Disposisi.Where(d => d.Id == Id).Select(d => (int?)d.SopInstanceId).FirstOrDefaultAsync(ct);
        if (instanceId is null) return NotFound();
        try
        {
            Run = await PelaksanaanAccess.InstanceAsync(instanceId.Value, db, await me.ScopeAsync(ct), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Disposisi = Run.Disposisi.Single(d => d.Id == Id);
        Step = Run.Steps.Single(s => s.Id == Disposisi.SopInstanceStepId);
        PemdaNama = await db.Pemda.Where(p => p.Id == Run.PerangkatDaerah.PemdaId).Select(p => p.Nama).SingleAsync(ct);
        return Page();
    }
}
