using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <param name="Alasan">Why values change: required once the form was submitted before (returned or reopened),
/// and after the deadline when the planning section enters on the unit's behalf.</param>
public record SaveFormRequest(string? Alasan, List<SaveIndikatorRow>? Indikator, List<SaveAnggaranRow>? Anggaran);

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
public static class SaveForm
{
    public const int MaxText = 4000;

    /// <returns>The saved form, tracked and up to date (new row versions), so the caller can answer without loading it again.</returns>
    public static async Task<FormatDataKinerja> Handle(int formId, SaveFormRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var form = await RoundAccess.FormAsync(formId, db, scope, ct);
        var mode = Ensure(form, scope, clock, r.Alasan);
        var changed = Apply(form, r, db);
        if (!changed) return form;
        if (form.Status == FormStatus.Dikembalikan && string.IsNullOrWhiteSpace(r.Alasan))
            throw new DomainException("Formulir ini sudah pernah diajukan; tuliskan alasan perubahan nilai.", "alasan");
        if (mode == EntryMode.OnBehalf) form.DiisiPerencanaan = true;
        db.ChangeReason = Reason(mode, r.Alasan);
        await db.SaveChangesAsync(ct);
        return form;
    }

    /// <summary>The form accepts values from this user now; how (own unit or on its behalf).</summary>
    public static EntryMode Ensure(FormatDataKinerja form, AccessScope scope, Clock clock, string? alasan)
    {
        if (!form.Status.IsEditable())
            throw form.Status == FormStatus.Terkunci
                ? new DomainException("Formulir sudah terkunci; nilai tidak dapat diubah.")
                : new DomainException("Formulir sedang divalidasi; nilai tidak dapat diubah sampai dikembalikan.");
        if (!FormPermissions.IsFiller(form, scope)) throw new ForbiddenException("Anda dapat melihat formulir ini tetapi tidak mengisinya.");
        return FormPermissions.Decide(form, scope, clock.UtcNow, alasan);
    }

    public static string? Reason(EntryMode mode, string? alasan) =>
        mode == EntryMode.OnBehalf ? $"Diisi Perencanaan atas nama unit{(string.IsNullOrWhiteSpace(alasan) ? "" : ": " + alasan.Trim())}"
            : string.IsNullOrWhiteSpace(alasan) ? null : alasan.Trim();

    /// <summary>Puts the request's rows on the tracked form; true when anything differs. Throws before changing anything on bad input.</summary>
    public static bool Apply(FormatDataKinerja form, SaveFormRequest r, AppDbContext db)
    {
        var errors = new Dictionary<string, string[]>();
        var indikator = form.Indikator.ToDictionary(x => x.Id);
        var anggaran = form.Anggaran.ToDictionary(x => x.Id);
        foreach (var row in r.Indikator ?? [])
        {
            var key = $"indikator:{row.Id}";
            if (!indikator.ContainsKey(row.Id)) errors[key] = ["Baris indikator tidak ada di formulir ini."];
            else if (row.Realisasi is decimal v && Math.Abs(v) > ValueLimit.MaxAbsolute) errors[key + ".realisasi"] = ["Angka realisasi terlalu besar."];
            foreach (var (field, text) in new[] { ("faktorPendukung", row.FaktorPendukung), ("faktorPenghambat", row.FaktorPenghambat), ("tindakLanjut", row.TindakLanjut), ("penjelasan", row.Penjelasan) })
                if (text?.Length > MaxText) errors[$"{key}.{field}"] = [$"Paling banyak {MaxText} karakter."];
        }
        foreach (var row in r.Anggaran ?? [])
        {
            if (!anggaran.ContainsKey(row.Id)) errors[$"anggaran:{row.Id}"] = ["Baris sub-kegiatan tidak ada di formulir ini."];
            else if (row.Realisasi is long v && Math.Abs(v) > ValueLimit.MaxAbsolute) errors[$"anggaran:{row.Id}.realisasi"] = ["Angka realisasi anggaran terlalu besar."];
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
