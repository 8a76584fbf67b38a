using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>One PK: parties, rows (add/remove while draft), sign, revise, versions, and the Rencana Aksi grid.</summary>
public class DetailModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    public class AddForm
    {
        public int IndikatorId { get; set; }
        public string? Target { get; set; }
        public int? SupportsId { get; set; }
    }

    /// <summary>One grid row as typed: numbers stay text so "80,50" and mistakes come back as they were.</summary>
    public class RaRow
    {
        public int RowId { get; set; }
        public string? TargetTw1 { get; set; }
        public string? TargetTw2 { get; set; }
        public string? TargetTw3 { get; set; }
        public string? TargetTw4 { get; set; }
        public string? Aksi { get; set; }
        public string? Anggaran { get; set; }
        public string? PenanggungJawab { get; set; }
        public int Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public AddForm Add { get; set; } = new();
    [BindProperty] public List<RaRow> Rows { get; set; } = [];
    [BindProperty] public bool MismatchConfirmed { get; set; }
    [BindProperty] public IFormFile? BerkasRencanaAksi { get; set; }
    [BindProperty] public bool KonfirmasiBerkas { get; set; }
    public PkDto Pk { get; private set; } = null!;
    public List<(int Id, string Label)> IndikatorChoices { get; private set; } = [];
    public List<(int Id, string Label)> SupportChoices { get; private set; } = [];
    public bool CanPlan { get; private set; }
    public DateOnly? SignedOn => Pk.SignedAtUtc is DateTime s ? DateOnly.FromDateTime(clock.ToLocal(s)) : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        FillRows();
    }

    /// <summary>The grid as stored (after a refused upload too, which posts no grid).</summary>
    private void FillRows()
    {
        Rows = Pk.Indikator.Select(r => new RaRow
        {
            RowId = r.Id, TargetTw1 = PkText.Number(r.RencanaAksi.TargetTw1, r.Decimals), TargetTw2 = PkText.Number(r.RencanaAksi.TargetTw2, r.Decimals),
            TargetTw3 = PkText.Number(r.RencanaAksi.TargetTw3, r.Decimals), TargetTw4 = PkText.Number(r.RencanaAksi.TargetTw4, r.Decimals),
            Aksi = r.RencanaAksi.Aksi, Anggaran = r.RencanaAksi.Anggaran?.ToString("N0", PkText.Indonesian), PenanggungJawab = r.RencanaAksi.PenanggungJawab,
            Version = r.RencanaAksi.Version,
        }).ToList();
        MismatchConfirmed = Pk.Indikator.Any(r => r.RencanaAksi.MismatchConfirmed);
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => RunAsync(async scope =>
    {
        var target = NumberText.Parse(Add.Target, "Target", "Target") ?? throw new DomainException("Target wajib diisi.", "Target");
        await SavePkIndikator.Add(Id, new SavePkIndikatorRequest(Add.IndikatorId, target, Add.SupportsId), db, scope, ct);
    }, "Indikator ditambahkan.", "Add", ct);

    public Task<IActionResult> OnPostRemoveAsync(int rowId, CancellationToken ct) =>
        RunAsync(scope => SavePkIndikator.Remove(Id, rowId, db, scope, ct), "Indikator dihapus dari PK.", "", ct);

    public Task<IActionResult> OnPostSignAsync(CancellationToken ct) =>
        RunAsync(scope => SignPk.Handle(Id, db, scope, clock, ct), "Penandatanganan PK dicatat.", "", ct);

    public async Task<IActionResult> OnPostReviseAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        PerjanjianKinerja? revised = null;
        if (await this.TryRunAsync(async () => revised = await RevisePk.Handle(Id, db, scope, ct), ""))
        {
            TempData["Pesan"] = "PK perubahan dibuat; versi sebelumnya tetap tersimpan.";
            return Redirect($"/Perencanaan/Pk/{revised!.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRencanaAksiAsync(CancellationToken ct) => RunAsync(async scope =>
    {
        var inputs = Rows.Select((r, n) => new RencanaAksiInput(r.RowId,
            NumberText.Parse(r.TargetTw1, $"Rows[{n}].TargetTw1", "Target TW I"), NumberText.Parse(r.TargetTw2, $"Rows[{n}].TargetTw2", "Target TW II"),
            NumberText.Parse(r.TargetTw3, $"Rows[{n}].TargetTw3", "Target TW III"), NumberText.Parse(r.TargetTw4, $"Rows[{n}].TargetTw4", "Target TW IV"),
            r.Aksi, Rupiah(r.Anggaran, $"Rows[{n}].Anggaran"), r.PenanggungJawab, r.Version)).ToList();
        await SaveRencanaAksi.Handle(Id, new SaveRencanaAksiRequest(inputs, MismatchConfirmed), db, scope, ct);
    }, "Rencana Aksi disimpan.", "", ct);

    /// <summary>The Rencana Aksi workbook uploaded back; bad rows and roll-up warnings are listed by row in the Excel card.</summary>
    public async Task<IActionResult> OnPostUnggahRencanaAksiAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Excel.RencanaAksiUploadResult? result = null;
        var ok = await this.TryRunAsync(async () =>
        {
            if (BerkasRencanaAksi is null || BerkasRencanaAksi.Length == 0) throw new DomainException("Pilih berkas XLSX yang akan diunggah.", "File");
            if (BerkasRencanaAksi.Length > Excel.UploadRencanaAksiXlsx.MaxBytes) throw new DomainException("Berkas terlalu besar (maksimal 5 MB).", "File");
            await using var stream = BerkasRencanaAksi.OpenReadStream();
            result = await Excel.UploadRencanaAksiXlsx.Handle(Id, BerkasRencanaAksi.FileName, stream, KonfirmasiBerkas, db, scope, ct);
        }, "");
        if (ok)
        {
            TempData["Pesan"] = $"Rencana Aksi dari berkas: {result!.Updated} baris diubah, {result.Unchanged} tidak berubah.";
            return Redirect($"/Perencanaan/Pk/{Id}");
        }
        UploadRefused = true;
        await LoadAsync(ct);
        FillRows();
        return Page();
    }

    public bool UploadRefused { get; private set; }

    /// <summary>Whole rupiah as typed: "1.250.000" or "1250000".</summary>
    private static long? Rupiah(string? text, string field)
    {
        var t = text?.Replace(".", "").Replace(" ", "").Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Trim();
        if (string.IsNullOrEmpty(t)) return null;
        return long.TryParse(t, out var v) && v >= 0 ? v : throw new DomainException($"Anggaran \"{text}\" harus rupiah bulat, mis. 1.250.000.", field);
    }

    private async Task<IActionResult> RunAsync(Func<AccessScope, Task> action, string done, string prefix, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        ValidationFailedException? mismatch = null;
        var ok = await this.TryRunAsync(async () =>
        {
            try { await action(scope); }
            catch (ValidationFailedException e) { mismatch = e; throw new DomainException(e.Message); }
        }, prefix);
        if (ok)
        {
            TempData["Pesan"] = done;
            return Redirect($"/Perencanaan/Pk/{Id}");
        }
        // Roll-up warnings go next to their rows (keys Rows[n]), where the confirm checkbox is.
        foreach (var (key, messages) in mismatch?.Errors ?? new Dictionary<string, string[]>())
            foreach (var m in messages) ModelState.AddModelError(key, m);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        // A fresh context view: a refused save must not show its half-applied values as stored.
        db.ChangeTracker.Clear();
        Pk = await GetPk.Handle(Id, db, scope, clock, ct);
        CanPlan = await db.PerangkatDaerah.Where(o => o.Id == Pk.PerangkatDaerahId).Select(o => o.PemdaId).SingleAsync(ct) is var pemda
                  && scope.CanEditPlan(Pk.PerangkatDaerahId, pemda);
        if (!Pk.CanEdit) return;
        var used = Pk.Indikator.Select(r => r.IndikatorId).ToList();
        IndikatorChoices = (await db.Indikator.Where(i => i.Sasaran!.Tujuan.Renstra.PerangkatDaerahId == Pk.PerangkatDaerahId && !used.Contains(i.Id)
                    && i.Sasaran.Tujuan.Renstra.TahunAwal <= Pk.Tahun && Pk.Tahun <= i.Sasaran.Tujuan.Renstra.TahunAkhir)
                .OrderBy(i => i.Kode).Select(i => new { i.Id, i.Kode, i.Nama, i.Satuan }).ToListAsync(ct))
            .Select(i => (i.Id, $"{i.Kode} {i.Nama} ({i.Satuan})")).ToList();
        var atasan = Pk.PihakKedua.JabatanId;
        SupportChoices = (await db.PerjanjianKinerjaIndikator.Where(x => atasan != null && x.PerjanjianKinerja.JabatanId == atasan && x.PerjanjianKinerja.Tahun == Pk.Tahun
                    && x.PerjanjianKinerja.Status != PerjanjianKinerjaStatus.Superseded)
                .Select(x => new { x.Id, x.Indikator.Kode, x.Indikator.Nama }).ToListAsync(ct))
            .Select(x => (x.Id, $"{x.Kode} {x.Nama}")).ToList();
    }
}
