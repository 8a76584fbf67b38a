using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>
/// SOP step 5 (tanda tangan): the Kepala signs (<see cref="SuratPengumpulan.Sign"/>); the letter takes the next number
/// of the OPD's sequence for the year and kind, and the signed document is rendered once and kept.
/// </summary>
public static class SignSurat
{
    public static async Task<SuratPengumpulan> Handle(int id, SuratStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var step = await SuratStep.BeginAsync(id, SuratAction.TandaTangan, r.Version, db, scope, ct);
        var surat = step.Surat;
        await EnsureCounterAsync(surat.PerangkatDaerahId, clock.Today.Year, surat.Jenis, db, ct);
        surat.Sign(step.UserName, step.NamaLengkap, clock.Today, clock.UtcNow, r.Catatan);
        db.ChangeReason = string.IsNullOrWhiteSpace(r.Catatan) ? null : r.Catatan.Trim();
        await NumberAsync(surat, r.Version, db, clock, ct);
        return surat;
    }

    /// <summary>
    /// Takes the next number of the OPD's sequence for the year and kind in the same save as the signature. The
    /// sequence row's version makes a concurrent signature fail that save; it then reads the sequence again and
    /// takes the following number. A number is never given twice (and the unique index would refuse it anyway).
    /// </summary>
    private static async Task NumberAsync(SuratPengumpulan surat, int version, AppDbContext db, Clock clock, CancellationToken ct)
    {
        var tanggal = surat.Tanggal!.Value;
        var template = await SuratTemplates.CurrentAsync(surat.PerangkatDaerahId, surat.Jenis, db, ct);
        var kode = await db.PerangkatDaerah.Where(o => o.Id == surat.PerangkatDaerahId).Select(o => o.Kode).SingleAsync(ct);
        var counter = await db.SuratNomorUrut.SingleAsync(c => c.PerangkatDaerahId == surat.PerangkatDaerahId && c.Tahun == tanggal.Year && c.Jenis == surat.Jenis, ct);
        for (var attempt = 1; ; attempt++)
        {
            counter.Terakhir++;
            var nomor = SuratNomor.Format(template.FormatNomor, counter.Terakhir, kode, tanggal);
            surat.Number(counter.Terakhir, nomor);
            surat.Seal(await SuratDocument.RenderAsync(surat, db, clock, ct));
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (attempt < 10 && NumberTaken(e))
            {
                // Someone else signed a letter of the same sequence meanwhile: read it again, take the next number.
                await db.Entry(counter).ReloadAsync(ct);
                surat.Version = version;
            }
        }
    }

    /// <summary>
    /// Another signature of the same sequence won the race: either the sequence row's version moved, or (when the
    /// letter's row was written first) the number itself is already on a letter. A stale letter is not retried (409).
    /// </summary>
    private static bool NumberTaken(DbUpdateException e) => e is DbUpdateConcurrencyException c
        ? c.Entries.All(x => x.Entity is SuratNomorUrut)
        : e.InnerException?.Message is string m && (m.Contains("IX_SuratPengumpulan_Nomor") || m.Contains("SuratPengumpulan.NomorUrut"));

    /// <summary>
    /// The year's first letter of its kind starts the sequence in a save of its own (before the letter changes), so the
    /// signature's save only updates it. Two first signatures at once: one insert loses on the unique index, and uses the other's row.
    /// </summary>
    private static async Task EnsureCounterAsync(int opdId, int tahun, SuratJenis jenis, AppDbContext db, CancellationToken ct)
    {
        if (await db.SuratNomorUrut.AnyAsync(c => c.PerangkatDaerahId == opdId && c.Tahun == tahun && c.Jenis == jenis, ct)) return;
        var row = new SuratNomorUrut { PerangkatDaerahId = opdId, Tahun = tahun, Jenis = jenis };
        db.SuratNomorUrut.Add(row);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { db.Entry(row).State = EntityState.Detached; }
    }
}
