using System.Text.Json;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

public record CellChangeDto(DateTime AtUtc, string? UserName, string Field, string? Lama, string? Baru, string? Alasan);

/// <summary>
/// The history of one row of a form, cell by cell, read from the audit trail (written by the
/// DbContext for every save, so no feature can forget it).
/// </summary>
public static class GetCellHistory
{
    public static async Task<List<CellChangeDto>> Handle(int formatId, string? baris, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var format = await FormatAccess.LoadAsync(formatId, db, scope, ct, tracked: false);
        var found = RowKey.TryParse(baris, out var row)
                    && (row.Kind == RowKind.Indikator ? format.Indikator.Any(i => i.Id == row.Id) : format.Anggaran.Any(a => a.Id == row.Id));
        if (!found) throw new NotFoundException("Baris tidak ada di formulir ini.");
        // The audit names a row by its entity type; rows saved before the rename (FormIndikator, FormAnggaran) keep their old name.
        string[] entities = row.Kind == RowKind.Indikator ? [nameof(FormatIndikator), "FormIndikator"] : [nameof(FormatAnggaran), "FormAnggaran"];
        var key = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.Where(a => entities.Contains(a.Entity) && a.EntityKey == key).OrderBy(a => a.Id).ToListAsync(ct);
        var result = new List<CellChangeDto>();
        foreach (var e in entries)
        {
            var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(e.Changes) ?? [];
            foreach (var (field, values) in changes)
            {
                if (field is "Version" or "FormatDataKinerjaId" or "IndikatorId" or "ProgramKegiatanId") continue;
                result.Add(new CellChangeDto(e.AtUtc, e.UserName, field, Text(values[0]), Text(values[1]), e.Alasan));
            }
        }
        return result;
    }

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => v.GetString(),
        _ => v.GetRawText(),
    };
}
