using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <param name="Version">The letter version the actor looked at: a letter changed since is refused (409).</param>
/// <param name="Catatan">Correction comments, or the reason of a refusal (required then).</param>
public record SuratActionRequest(int Version, string? Catatan = null);

/// <summary>
/// One step of the letters' chain (SOP steps 2–7). The chain's table decides the step, the OPD's SOP roles the
/// person; nobody initials twice in one pass; signing numbers the letter and keeps the signed document;
/// distributing puts it in each recipient unit's inbox. Every step is written to the letter's history.
/// </summary>
public static class TakeSuratAction
{
    public static async Task<SuratPengumpulan> Handle(int id, SuratAction action, SuratActionRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var surat = await SuratAccess.LoadAsync(id, db, scope, ct);
        var actors = await SuratAccess.ActorsAsync(surat.PerangkatDaerahId, surat.PengumpulanData.PemdaId, db, scope, ct);
        // An old view first: whatever was seen has changed since (409), before judging the step or the person.
        if (surat.Version != r.Version) throw new DbUpdateConcurrencyException("stale");
        var from = surat.Status;
        var next = SuratChain.Next(from, action);
        var roles = SuratChain.Actors(from, action);
        if (!actors.HoldsAny(roles))
            throw new ForbiddenException($"Langkah \"{action.Verb()}\" pada surat berstatus \"{from.Label()}\" dilakukan oleh {string.Join(" / ", roles.Select(SopRoles.Label))} perangkat daerah ini; Anda tidak memegang jabatan tersebut.");
        if (action == SuratAction.Paraf && !actors.MayTake(surat, action, scope.UserName))
            throw new ForbiddenException("Anda sudah memberi paraf pada surat ini di putaran yang sama; paraf berikutnya diberikan oleh pejabat lain.");
        var note = string.IsNullOrWhiteSpace(r.Catatan) ? null : r.Catatan.Trim();
        if (SuratChain.NeedsNote(action) && note is null) throw new DomainException("Tuliskan alasan penolakan agar penyusun tahu apa yang harus dikoreksi.", "catatan");
        if (note is { Length: > 2000 }) throw new DomainException("Catatan paling panjang 2.000 karakter.", "catatan");
        if (action == SuratAction.TandaTangan) await EnsureCounterAsync(surat.PerangkatDaerahId, clock.Today.Year, surat.Jenis, db, ct);
        db.Entry(surat).Property(s => s.Version).OriginalValue = r.Version;

        var now = clock.UtcNow;
        surat.Status = next;
        if (action is SuratAction.Tolak or SuratAction.Koreksi) surat.Catatan = note;
        if (action == SuratAction.Distribusikan) foreach (var p in surat.Penerima) p.DiterimaUtc = now;
        var nama = await db.Users.Where(u => u.UserName == scope.UserName).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        surat.Riwayat.Add(new SuratRiwayat
        {
            Aksi = action, DariStatus = from, KeStatus = next, UserName = scope.UserName ?? "?", NamaLengkap = nama, AtUtc = now, Catatan = note,
        });
        db.ChangeReason = note;
        if (action == SuratAction.TandaTangan) await SignAsync(surat, r.Version, db, scope, clock, ct);
        else await db.SaveChangesAsync(ct);
        return surat;
    }

    /// <summary>
    /// Takes the next number of the OPD's sequence for the year and kind in the same save as the signature. The
    /// sequence row's version makes a concurrent signature fail that save; it then reads the sequence again and
    /// takes the following number. A number is never given twice (and the unique index would refuse it anyway).
    /// </summary>
    private static async Task SignAsync(SuratPengumpulan surat, int version, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var tanggal = clock.Today;
        (surat.Tanggal, surat.DitandatanganiOleh, surat.NomorTahun) = (tanggal, scope.UserName, tanggal.Year);
        var template = await SuratTemplates.CurrentAsync(surat.PerangkatDaerahId, surat.Jenis, db, ct);
        var kode = await db.PerangkatDaerah.Where(o => o.Id == surat.PerangkatDaerahId).Select(o => o.Kode).SingleAsync(ct);
        var counter = await db.SuratNomorUrut.SingleAsync(c => c.PerangkatDaerahId == surat.PerangkatDaerahId && c.Tahun == tanggal.Year && c.Jenis == surat.Jenis, ct);
        for (var attempt = 1; ; attempt++)
        {
            counter.Terakhir++;
            surat.NomorUrut = counter.Terakhir;
            surat.Nomor = SuratNomor.Format(template.FormatNomor, counter.Terakhir, kode, tanggal);
            surat.DokumenFinal = await SuratDocument.RenderAsync(surat, db, clock, ct);
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
