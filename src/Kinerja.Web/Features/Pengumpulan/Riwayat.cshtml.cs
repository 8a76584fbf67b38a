using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>The history of one row of a form, cell by cell: old value, new value, who, when, why.</summary>
public class RiwayatModel(CurrentUser me, AppDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string Baris { get; set; } = "";
    public FormatDto Format { get; private set; } = null!;
    public string RowLabel { get; private set; } = "";
    public List<CellChangeDto> Changes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        // A row's creation lists every empty field; only real changes are history.
        Changes = (await GetCellHistory.Handle(Id, Baris, db, scope, ct)).Where(c => c.Lama != c.Baru)
            .Select(c => c with { Lama = Number(c.Field, c.Lama), Baru = Number(c.Field, c.Baru) }).ToList();
        Format = await GetFormat.Handle(Id, db, scope, clock, ct);
        RowKey.TryParse(Baris, out var row);
        RowLabel = Format.Indikator.Where(r => r.Baris == row).Select(r => $"{r.Kode} {r.Nama}")
            .Concat(Format.Anggaran.Where(a => a.Baris == row).Select(a => $"{a.Kode} {a.Nama}")).FirstOrDefault() ?? Baris;
    }

    /// <summary>Numbers as the form shows them: "3.5" from the audit trail reads "3,5".</summary>
    private static string? Number(string field, string? value) =>
        field is "Realisasi" or "Target" or "TargetAtas" or "Pagu"
        && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? Kinerja.Domain.Pengumpulan.Angka.Format(d) : value;

    /// <summary>The audit trail's property names as the form calls them.</summary>
    public static string FieldLabel(string field) => field switch
    {
        "Realisasi" => "Realisasi",
        "FaktorPendukung" => "Faktor pendukung",
        "FaktorPenghambat" => "Faktor penghambat / kendala",
        "TindakLanjut" => "Tindak lanjut",
        "Penjelasan" => "Penjelasan",
        "CatatanValidasi" => "Catatan validator",
        "Target" => "Target",
        "TargetAtas" => "Batas atas target",
        "Pagu" => "Pagu",
        _ => field,
    };
}
