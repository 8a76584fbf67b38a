using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <param name="Alasan">Why values change: required once the form was submitted before (returned or reopened),
/// and after the deadline when the planning section enters on the unit's behalf.</param>
public record SaveFormatRequest(string? Alasan, List<SaveIndikatorRow>? Indikator, List<SaveAnggaranRow>? Anggaran);

/// <summary>A whole row as the client has it; <paramref name="Version"/> is the row version it was based on.</summary>
public record SaveIndikatorRow(int Id, int Version, decimal? Realisasi, string? FaktorPendukung = null, string? FaktorPenghambat = null,
    string? TindakLanjut = null, string? Penjelasan = null);

public record SaveAnggaranRow(int Id, int Version, long? Realisasi);

/// <summary>
/// Saves draft values of a form (the grid's autosave, the API, the Excel upload). Rows carry their own
/// versions, so two people filling different rows never collide, and one saving over a row another
/// changed gets a 409 instead of overwriting it. The whole save applies or nothing does. Drafts may be
/// incomplete; the checks run at submission.
/// </summary>
public static class SaveFormat
{
    public const int MaxText = 4000;

    /// <returns>The saved form, tracked and up to date (new row versions), so the caller can answer without loading it again.</returns>
    public static async Task<FormatDataKinerja> Handle(int id, SaveFormatRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var format = await FormatAccess.LoadAsync(id, db, scope, ct);
        var mode = FormatPermissions.EnsureMayFill(format, scope, clock, r.Alasan);
        var changed = Apply(format, r, db);
        if (!changed) return format;
        if (format.Status == FormatStatus.Dikembalikan && string.IsNullOrWhiteSpace(r.Alasan))
            throw new DomainException("Formulir ini sudah pernah diajukan; tuliskan alasan perubahan nilai.", "alasan");
        format.RecordEntry(mode);
        db.ChangeReason = Reason(mode, r.Alasan);
        await db.SaveChangesAsync(ct);
        return format;
    }

    /// <summary>The audit's reason for values entered now: an entry on the unit's behalf says so.</summary>
    public static string? Reason(EntryMode mode, string? alasan) =>
        mode == EntryMode.OnBehalf ? $"Diisi Perencanaan atas nama unit{(string.IsNullOrWhiteSpace(alasan) ? "" : ": " + alasan.Trim())}"
            : string.IsNullOrWhiteSpace(alasan) ? null : alasan.Trim();

    /// <summary>Puts the request's rows on the tracked form; true when anything differs. Throws before changing anything on bad input.</summary>
    public static bool Apply(FormatDataKinerja form, SaveFormatRequest r, AppDbContext db)
    {
        var errors = new Dictionary<string, string[]>();
        var indikator = form.Indikator.ToDictionary(x => x.Id);
        var anggaran = form.Anggaran.ToDictionary(x => x.Id);
        foreach (var row in r.Indikator ?? [])
        {
            var key = RowKey.Indikator(row.Id);
            if (!indikator.ContainsKey(row.Id)) errors[key.ToString()] = ["Baris indikator tidak ada di formulir ini."];
            else if (row.Realisasi is decimal v && Math.Abs(v) > ValueLimit.MaxAbsolute) errors[key.Field("realisasi")] = ["Angka realisasi terlalu besar."];
            foreach (var (field, text) in new[] { ("faktorPendukung", row.FaktorPendukung), ("faktorPenghambat", row.FaktorPenghambat),
                         ("tindakLanjut", row.TindakLanjut), ("penjelasan", row.Penjelasan) })
                if (text?.Length > MaxText) errors[key.Field(field)] = [$"Paling banyak {MaxText} karakter."];
        }
        foreach (var row in r.Anggaran ?? [])
        {
            var key = RowKey.Anggaran(row.Id);
            if (!anggaran.ContainsKey(row.Id)) errors[key.ToString()] = ["Baris sub-kegiatan tidak ada di formulir ini."];
            else if (row.Realisasi is long v && Math.Abs(v) > ValueLimit.MaxAbsolute) errors[key.Field("realisasi")] = ["Angka realisasi anggaran terlalu besar."];
        }
        if (errors.Count > 0) throw new ValidationFailedException("Sebagian isian tidak dapat disimpan.", errors);

        var changed = false;
        foreach (var row in r.Indikator ?? [])
        {
            var x = indikator[row.Id];
            var next = (row.Realisasi, Clean(row.FaktorPendukung), Clean(row.FaktorPenghambat), Clean(row.TindakLanjut), Clean(row.Penjelasan));
            if (next == (x.Realisasi, x.FaktorPendukung, x.FaktorPenghambat, x.TindakLanjut, x.Penjelasan)) continue;
            db.Entry(x).Property(e => e.Version).OriginalValue = row.Version;
            (x.Realisasi, x.FaktorPendukung, x.FaktorPenghambat, x.TindakLanjut, x.Penjelasan) = next;
            changed = true;
        }
        foreach (var row in r.Anggaran ?? [])
        {
            var x = anggaran[row.Id];
            if (x.Realisasi == row.Realisasi) continue;
            db.Entry(x).Property(e => e.Version).OriginalValue = row.Version;
            x.Realisasi = row.Realisasi;
            changed = true;
        }
        return changed;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
