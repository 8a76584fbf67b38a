using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// A unit's data form as a grid: values typed Indonesian-style, the checks next to their rows, and the
/// chain's buttons the user may press. Without script the grid is a plain form (save, submit); with
/// script it autosaves through the same PUT the API offers (wwwroot/js/format-grid.js).
/// </summary>
public class FormatModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    /// <summary>A row as typed: numbers stay text so "87,5" and mistakes come back as they were.</summary>
    public class IndikatorInput
    {
        public int Id { get; set; }
        public int Version { get; set; }
        public string? Realisasi { get; set; }
        public string? FaktorPendukung { get; set; }
        public string? FaktorPenghambat { get; set; }
        public string? TindakLanjut { get; set; }
        public string? Penjelasan { get; set; }
    }

    public class AnggaranInput
    {
        public int Id { get; set; }
        public int Version { get; set; }
        public string? Realisasi { get; set; }
    }

    public record Engine(string Polarity, string? NegativeFormula, string RollUp, decimal? CapaianCap, int Decimals);

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public List<IndikatorInput> Indikator { get; set; } = [];
    [BindProperty] public List<AnggaranInput> Anggaran { get; set; } = [];
    [BindProperty] public string? Alasan { get; set; }
    [BindProperty] public bool Konfirmasi { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Catatan { get; set; }

    public FormatDto Format { get; private set; } = null!;
    public Dictionary<int, Engine> Settings { get; private set; } = [];
    /// <summary>Findings by row: the stored checks, or a refused submission's.</summary>
    public Dictionary<RowKey, List<CheckIssue>> Issues { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        FillInputs();
    }

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await RunAsync(() => SaveAsync(scope, ct)))
            return Done("Draf disimpan.");
        return await ShowAsync(saved: false, ct);
    }

    public async Task<IActionResult> OnPostAjukanAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var saved = false;
        var ok = await RunAsync(async () =>
        {
            await SaveAsync(scope, ct);
            saved = true;
            db.ChangeTracker.Clear();
            // The save may have bumped the form (an entry on the unit's behalf); submit what is stored now.
            var version = await db.FormatDataKinerja.Where(f => f.Id == Id).Select(f => f.Version).SingleAsync(ct);
            await SubmitFormat.Handle(Id, new SubmitFormatRequest(version, Konfirmasi, Alasan), db, scope, clock, ct);
        });
        if (ok) return Done("Formulir diajukan.");
        return await ShowAsync(saved, ct);
    }

    // One handler per step of the chain, each calling the step's own use case (the same the API's route calls).
    public Task<IActionResult> OnPostTeruskanAsync(CancellationToken ct) =>
        StepAsync(FormatAction.Teruskan, scope => ForwardFormat.Handle(Id, new FormatStepRequest(Version, Catatan), db, scope, clock, ct), ct);

    public Task<IActionResult> OnPostSetujuiAsync(CancellationToken ct) =>
        StepAsync(FormatAction.Setujui, scope => ApproveFormat.Handle(Id, new FormatStepRequest(Version, Catatan), db, scope, clock, ct), ct);

    public Task<IActionResult> OnPostVerifikasiAsync(CancellationToken ct) =>
        StepAsync(FormatAction.Verifikasi, scope => VerifyFormat.Handle(Id, new FormatStepRequest(Version, Catatan), db, scope, clock, ct), ct);

    public Task<IActionResult> OnPostBukaKembaliAsync(CancellationToken ct) =>
        StepAsync(FormatAction.BukaKembali, scope => ReopenFormat.Handle(Id, new ReopenFormatRequest(Version, Catatan), db, scope, clock, ct), ct);

    public Task<IActionResult> OnPostKembalikanAsync(CancellationToken ct)
    {
        // Read by hand: a dictionary bound by the model binder takes every posted field when none has its prefix.
        var rowNotes = Request.Form.Where(kv => kv.Key.StartsWith("CatatanBaris[", StringComparison.Ordinal) && kv.Key.EndsWith(']'))
            .ToDictionary(kv => kv.Key["CatatanBaris[".Length..^1], kv => kv.Value.ToString());
        return StepAsync(FormatAction.Kembalikan,
            scope => ReturnFormat.Handle(Id, new ReturnFormatRequest(Version, Catatan, rowNotes), db, scope, clock, ct), ct);
    }

    private async Task<IActionResult> StepAsync(FormatAction action, Func<AccessScope, Task<FormatDataKinerja>> step, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await RunAsync(() => step(scope))) return Done(action.Label() + ".");
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        FillInputs();
        return Page();
    }

    private async Task SaveAsync(AccessScope scope, CancellationToken ct)
    {
        var rows = Indikator.Select((r, n) => new SaveIndikatorRow(r.Id, r.Version, NumberText.Parse(r.Realisasi, $"Indikator[{n}].Realisasi", "Realisasi"),
            r.FaktorPendukung, r.FaktorPenghambat, r.TindakLanjut, r.Penjelasan)).ToList();
        var anggaran = Anggaran.Select((a, n) => new SaveAnggaranRow(a.Id, a.Version, Rupiah(a.Realisasi, $"Anggaran[{n}].Realisasi"))).ToList();
        await SaveFormat.Handle(Id, new SaveFormatRequest(Alasan, rows, anggaran), db, scope, clock, ct);
    }

    /// <summary>Whole rupiah as typed: "1.250.000", "Rp 1250000".</summary>
    public static long? Rupiah(string? text, string field)
    {
        var t = text?.Replace(".", "").Replace(" ", "").Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Trim();
        if (string.IsNullOrEmpty(t)) return null;
        return long.TryParse(t, out var v) ? v : throw new DomainException($"Realisasi anggaran \"{text!.Trim()}\" harus rupiah bulat, mis. 1.250.000.", field);
    }

    private IActionResult Done(string message)
    {
        TempData["Pesan"] = message;
        return Redirect($"/Pengumpulan/Format/{Id}");
    }

    /// <summary>Runs a use case; row findings go next to their rows, everything else next to its field or on top.</summary>
    private async Task<bool> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddModelError("", e.Message);
            foreach (var (key, messages) in e.Errors)
            {
                if (key == "konfirmasi") { ModelState.AddModelError("Konfirmasi", messages[0]); continue; }
                if (!RowKey.TryParseField(key, out var row, out var field)) { ModelState.AddModelError("", string.Join(" ", messages)); continue; }
                var list = Issues.TryGetValue(row, out var l) ? l : Issues[row] = [];
                list.AddRange(messages.Select(m => new CheckIssue(row, field, Severity.Error, m)));
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field switch { "alasan" => "Alasan", "catatan" or "catatanBaris" => "Catatan", null => "", var f => f }, e.Message);
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Baris ini telah diubah oleh pengguna lain sejak Anda membukanya. Isian Anda masih di layar: salin bila perlu, muat ulang halaman, lalu ulangi.");
        }
        return false;
    }

    /// <summary>
    /// After a refusal what was typed stays. A refused save shows its own findings; a saved but refused
    /// submission shows the stored form's checks, which are exactly the ones the submission ran.
    /// </summary>
    private async Task<IActionResult> ShowAsync(bool saved, CancellationToken ct)
    {
        var refused = Issues;
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        if (!saved && refused.Count > 0) Issues = refused;
        if (saved) FillInputs(keepTyped: true);
        return Page();
    }

    private void FillInputs(bool keepTyped = false)
    {
        var typed = Indikator.ToDictionary(r => r.Id);
        var typedA = Anggaran.ToDictionary(a => a.Id);
        Indikator = Format.Indikator.Select(r =>
        {
            if (keepTyped && typed.TryGetValue(r.Id, out var t)) { t.Version = r.Version; return t; }
            return new IndikatorInput
            {
                Id = r.Id, Version = r.Version, Realisasi = r.Realisasi is decimal v ? Angka.Format(v) : null, FaktorPendukung = r.FaktorPendukung,
                FaktorPenghambat = r.FaktorPenghambat, TindakLanjut = r.TindakLanjut, Penjelasan = r.Penjelasan,
            };
        }).ToList();
        Anggaran = Format.Anggaran.Select(a =>
        {
            if (keepTyped && typedA.TryGetValue(a.Id, out var t)) { t.Version = a.Version; return t; }
            return new AnggaranInput { Id = a.Id, Version = a.Version, Realisasi = a.Realisasi is long v ? Angka.Format(v) : null };
        }).ToList();
        Version = Format.Version;
        // Model state would otherwise re-render the posted versions instead of the new ones.
        foreach (var key in ModelState.Keys.Where(k => k.EndsWith(".Version", StringComparison.Ordinal) || k == "Version").ToList()) ModelState.Remove(key);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Format = await GetFormat.Handle(Id, db, scope, clock, ct);
        var ids = Format.Indikator.Select(r => r.IndikatorId).ToList();
        Settings = (await db.Indikator.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Polarity, i.NegativeFormula, i.RollUp, i.CapaianCap, i.Decimals }).ToListAsync(ct))
            .ToDictionary(i => i.Id, i => new Engine(i.Polarity.ToString(), i.NegativeFormula?.ToString(), i.RollUp.ToString(), i.CapaianCap, i.Decimals));
        Issues = Format.Status.IsEditable() ? Format.Pemeriksaan.GroupBy(i => i.RowKey).ToDictionary(g => g.Key, g => g.ToList()) : [];
    }
}
