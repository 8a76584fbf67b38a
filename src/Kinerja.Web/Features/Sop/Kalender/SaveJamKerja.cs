using System.Globalization;
using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Kalender;

/// <summary>One weekday in a PUT: both times empty makes it a day off.</summary>
public record JamKerjaInput(DayOfWeek Hari, string? Mulai, string? Selesai);

public record SaveJamKerjaRequest(List<JamKerjaInput>? JamKerja, int Version);

/// <summary>The Admin Pemda sets the office hours of the week; a stale version is refused (409).</summary>
public static class SaveJamKerja
{
    public static async Task<KalenderDto> Handle(int pemdaId, SaveJamKerjaRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        KalenderAccess.EnsureWritable(pemdaId, scope);
        var days = Validate(r.JamKerja ?? []);
        var header = await KalenderAccess.EnsureAsync(pemdaId, db, ct);
        db.Entry(header).Property(k => k.Version).OriginalValue = r.Version;
        // The header is what carries the version: mark it changed, so the save checks and bumps it.
        db.Entry(header).Property(k => k.Version).IsModified = true;
        db.JamKerjaPemda.RemoveRange(header.JamKerja);
        header.JamKerja = days.Select(d => new JamKerjaPemda { Hari = d.Hari, Mulai = d.Mulai, Selesai = d.Selesai }).ToList();
        await db.SaveChangesAsync(ct);
        return await GetKalender.Handle(pemdaId, null, db, scope, ct);
    }

    /// <summary>Field names are <c>jamKerja[i].mulai</c> / <c>.selesai</c>, i the posted row, so a page shows each error on its row.</summary>
    private static List<(DayOfWeek Hari, TimeOnly Mulai, TimeOnly Selesai)> Validate(List<JamKerjaInput> rows)
    {
        var result = new List<(DayOfWeek, TimeOnly, TimeOnly)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, field) = (rows[i], $"jamKerja[{i}]");
            var nama = GetKalender.NamaHari(row.Hari);
            if (result.Any(x => x.Item1 == row.Hari)) throw new DomainException($"Hari {nama} disebut lebih dari sekali.", $"{field}.hari");
            var mulai = Time(row.Mulai, $"{field}.mulai", $"Jam mulai hari {nama}");
            var selesai = Time(row.Selesai, $"{field}.selesai", $"Jam selesai hari {nama}");
            if (mulai is null && selesai is null) continue;
            if (mulai is null) throw new DomainException($"Jam mulai hari {nama} wajib diisi bila jam selesai diisi.", $"{field}.mulai");
            if (selesai is null) throw new DomainException($"Jam selesai hari {nama} wajib diisi bila jam mulai diisi.", $"{field}.selesai");
            if (selesai <= mulai) throw new DomainException($"Jam selesai hari {nama} harus setelah jam mulai ({mulai:HH\\:mm}).", $"{field}.selesai");
            result.Add((row.Hari, mulai.Value, selesai.Value));
        }
        if (result.Count == 0) throw new DomainException("Jam kerja harus memuat sedikitnya satu hari kerja.", "jamKerja");
        return result;
    }

    private static TimeOnly? Time(string? text, string field, string label)
    {
        var t = text?.Trim().Replace('.', ':');
        if (string.IsNullOrEmpty(t)) return null;
        if (TimeOnly.TryParseExact(t, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var v)) return v;
        throw new DomainException($"{label} '{text}' tidak dikenali; tulis jam dan menit, misalnya 07:30.", field);
    }
}
