using System.Text.Json;
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
public static class CellHistory
{
    public static async Task<List<CellChangeDto>> Handle(int formId, string row, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var form = await RoundAccess.FormAsync(formId, db, scope, ct, tracked: false);
        var parts = row.Split(':');
        var id = parts.Length == 2 && int.TryParse(parts[1], out var n) ? n : 0;
        var entity = parts[0] switch
        {
            "indikator" when form.Indikator.Any(i => i.Id == id) => nameof(FormIndikator),
            "anggaran" when form.Anggaran.Any(a => a.Id == id) => nameof(FormAnggaran),
            _ => throw new NotFoundException("Baris tidak ada di formulir ini."),
        };
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.Where(a => a.Entity == entity && a.EntityKey == key).OrderBy(a => a.Id).ToListAsync(ct);
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
