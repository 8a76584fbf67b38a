using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Bukti;

/// <summary>Removes an evidence file from its row while the form may be filled; the bytes go once no row uses them.</summary>
public static class DeleteBukti
{
    public static async Task Handle(int id, string? alasan, AppDbContext db, AccessScope scope, Clock clock, BuktiStore store, CancellationToken ct)
    {
        var formId = await FormatOfAsync(id, db, ct);
        var form = await FormatAccess.LoadAsync(formId, db, scope, ct);
        var bukti = form.Indikator.SelectMany(r => r.Bukti).Single(b => b.Id == id);
        var mode = FormatPermissions.EnsureMayFill(form, scope, clock, alasan);
        db.BuktiDukung.Remove(bukti);
        form.RecordEntry(mode);
        db.ChangeReason = SaveFormat.Reason(mode, alasan);
        await db.SaveChangesAsync(ct);
        await store.ForgetIfUnusedAsync(bukti.Sha256, db, ct);
    }

    /// <summary>The form an evidence row belongs to; 404 when there is none (the reader check follows).</summary>
    public static async Task<int> FormatOfAsync(int buktiId, AppDbContext db, CancellationToken ct) =>
        await db.BuktiDukung.Where(b => b.Id == buktiId)
            .Join(db.FormatIndikator, b => b.FormatIndikatorId, r => r.Id, (b, r) => (int?)r.FormatDataKinerjaId)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Bukti dukung tidak ditemukan.");
}
