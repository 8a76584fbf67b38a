using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <param name="Version">The form version the actor looked at: approving a form that changed since is refused (409).</param>
/// <param name="Catatan">The note; required to return or reopen.</param>
/// <param name="CatatanBaris">Notes on single rows ("indikator:12" / "anggaran:3" → note), shown beside them when returned.</param>
/// <param name="Konfirmasi">On submit: the unit has read the warnings and submits anyway.</param>
/// <param name="Alasan">On submit after the deadline by the planning section: why.</param>
public record FormActionRequest(int Version, string? Catatan = null, Dictionary<string, string>? CatatanBaris = null,
    bool Konfirmasi = false, string? Alasan = null);

/// <summary>
/// One step of the validation chain on a form: submit, pass on, approve, return with notes, verify
/// (which locks) or reopen. The chain's table decides the step, the access scope the person; the
/// submitter never judges their own submission; every step is written to the form's history.
/// </summary>
public static class TakeFormAction
{
    public static async Task<FormatDataKinerja> Handle(int formId, FormAction action, FormActionRequest r, AppDbContext db,
        AccessScope scope, Clock clock, CancellationToken ct)
    {
        var form = await RoundAccess.FormAsync(formId, db, scope, ct);
        db.Entry(form).Property(f => f.Version).OriginalValue = r.Version;
        var from = form.Status;
        var next = FormChain.Next(from, action, form.PengumpulanData.ValidasiKasi, pemdaLevel: form.UnitKerjaId is null);
        if (FormChain.IsJudgement(action) && form.DiajukanOleh == scope.UserName)
            throw new ForbiddenException("Anda tidak dapat memvalidasi formulir yang Anda ajukan sendiri.");
        if (FormChain.NeedsNote(action) && string.IsNullOrWhiteSpace(r.Catatan) && (r.CatatanBaris is null || r.CatatanBaris.Values.All(string.IsNullOrWhiteSpace)))
            throw new DomainException(action == FormAction.BukaKembali ? "Tuliskan alasan membuka kembali formulir." : "Tuliskan catatan pengembalian (untuk formulir atau baris).", "catatan");

        if (action == FormAction.Ajukan && !FormPermissions.IsFiller(form, scope))
            throw new ForbiddenException("Formulir diajukan oleh unit yang bersangkutan atau oleh Perencanaan atas namanya.");
        if (action == FormAction.Ajukan) await SubmitAsync(form, r, db, scope, clock, ct);
        else if (!FormPermissions.MayTake(form, action, scope, clock.UtcNow))
            throw new ForbiddenException($"Langkah \"{action.Label()}\" pada formulir ini dilakukan oleh {string.Join(" / ", FormChain.Actors(from, action).Select(Domain.Organisasi.SopRoles.Label))} unit tersebut.");

        if (action == FormAction.Kembalikan) ReturnRows(form, r.CatatanBaris);
        if (action == FormAction.BukaKembali) form.PengumpulanData.DikunciUtc = null;
        if (action == FormAction.Ajukan) ClearRowNotes(form);
        form.Status = next;
        if (FormChain.NeedsNote(action)) form.Catatan = r.Catatan?.Trim();
        db.FormRiwayat.Add(new FormRiwayat
        {
            FormatDataKinerjaId = form.Id, Aksi = action, DariStatus = from, KeStatus = next, UserName = scope.UserName ?? "?",
            AtUtc = clock.UtcNow, Catatan = Note(r, form),
        });
        db.ChangeReason ??= FormChain.NeedsNote(action) ? r.Catatan?.Trim() : null;
        await db.SaveChangesAsync(ct);
        return form;
    }

    private static async Task SubmitAsync(FormatDataKinerja form, FormActionRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var mode = FormPermissions.Decide(form, scope, clock.UtcNow, r.Alasan);
        var issues = GetForm.Check(form, await FormYear.LoadAsync(form, db, ct));
        var errors = issues.Where(i => i.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
            throw new ValidationFailedException("Formulir belum dapat diajukan: perbaiki isian yang ditandai.",
                errors.GroupBy(e => $"{e.RowKey}.{e.Field}").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        if (issues.Count > 0 && !r.Konfirmasi)
            throw new ValidationFailedException("Ada peringatan pada formulir; periksa lalu konfirmasi untuk tetap mengajukan.",
                issues.GroupBy(e => $"{e.RowKey}.{e.Field}").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())
                    .Append(new("konfirmasi", ["Centang konfirmasi untuk mengajukan dengan peringatan."])).ToDictionary());
        if (mode == EntryMode.OnBehalf)
        {
            form.DiisiPerencanaan = true;
            db.ChangeReason = SaveForm.Reason(mode, r.Alasan);
        }
        (form.DiajukanOleh, form.DiajukanUtc) = (scope.UserName, clock.UtcNow);
    }

    private static void ReturnRows(FormatDataKinerja form, Dictionary<string, string>? notes)
    {
        ClearRowNotes(form);
        foreach (var (key, note) in notes ?? [])
        {
            if (string.IsNullOrWhiteSpace(note)) continue;
            var parts = key.Split(':');
            var id = parts.Length == 2 && int.TryParse(parts[1], out var n) ? n : 0;
            if (parts[0] == "indikator" && form.Indikator.FirstOrDefault(x => x.Id == id) is { } i) i.CatatanValidasi = note.Trim();
            else if (parts[0] == "anggaran" && form.Anggaran.FirstOrDefault(x => x.Id == id) is { } a) a.CatatanValidasi = note.Trim();
            else throw new DomainException($"Baris \"{key}\" tidak ada di formulir ini.", "catatanBaris");
        }
    }

    private static void ClearRowNotes(FormatDataKinerja form)
    {
        foreach (var i in form.Indikator) i.CatatanValidasi = null;
        foreach (var a in form.Anggaran) a.CatatanValidasi = null;
    }

    /// <summary>The history names a returned row by its code (IK-1.2), as the user knows it, not by the internal key.</summary>
    private static string? Note(FormActionRequest r, FormatDataKinerja form)
    {
        string Row(string key)
        {
            var parts = key.Split(':');
            var id = parts.Length == 2 && int.TryParse(parts[1], out var n) ? n : 0;
            return (parts[0] == "indikator" ? form.Indikator.FirstOrDefault(x => x.Id == id)?.Indikator?.Kode
                : form.Anggaran.FirstOrDefault(x => x.Id == id)?.ProgramKegiatan?.Kode) ?? key;
        }
        var rows = (r.CatatanBaris ?? []).Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).Select(kv => $"[{Row(kv.Key)}] {kv.Value.Trim()}");
        var text = string.Join("\n", new[] { r.Catatan?.Trim() }.Concat(rows).Where(s => !string.IsNullOrEmpty(s)));
        return text.Length == 0 ? null : text.Length > 2000 ? text[..2000] : text;
    }
}
