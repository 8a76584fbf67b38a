using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <param name="Version">The form version the validator looked at: a form changed since is refused (409).</param>
/// <param name="Catatan">The note for the whole form; this or a row note is required.</param>
/// <param name="CatatanBaris">Notes on single rows by their key ("indikator:12" / "anggaran:3"), shown beside them.</param>
public record ReturnFormatRequest(int Version, string? Catatan = null, Dictionary<string, string>? CatatanBaris = null);

/// <summary>
/// A validator (Kepala Seksi, Kepala Bidang / Sekretaris, or the Kasubag Perencanaan at verification) returns the
/// form to the unit with a note (kembalikan): <see cref="FormatDataKinerja.Return"/>. The note is the audit's reason.
/// </summary>
public static class ReturnFormat
{
    public static async Task<FormatDataKinerja> Handle(int id, ReturnFormatRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var format = await FormatAccess.LoadForStepAsync(id, FormatAction.Kembalikan, r.Version, db, scope, clock, ct);
        format.Return(scope.UserName ?? "?", r.Catatan, RowNotes(r.CatatanBaris), clock.UtcNow);
        db.ChangeReason ??= format.Catatan;
        await db.SaveChangesAsync(ct);
        return format;
    }

    /// <summary>The posted row keys, read once; a key that names no row is refused by its field.</summary>
    public static Dictionary<RowKey, string> RowNotes(IReadOnlyDictionary<string, string>? notes) =>
        (notes ?? new Dictionary<string, string>()).Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(
            kv => RowKey.TryParse(kv.Key, out var key) ? key : throw new DomainException($"Baris \"{kv.Key}\" tidak ada di formulir ini.", "catatanBaris"),
            kv => kv.Value);
}
