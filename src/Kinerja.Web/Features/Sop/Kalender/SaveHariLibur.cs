using System.Globalization;
using Kinerja.Domain;
using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Kalender;

/// <param name="Tanggal">yyyy-MM-dd, as a date field sends it; text so that a bad date is an Indonesian error on the field.</param>
public record HariLiburRequest(string? Tanggal, string? Nama, JenisLibur? Jenis, int Version = 0);

/// <summary>The Admin Pemda adds or changes one holiday: one per date, the date must be a real one.</summary>
public static class SaveHariLibur
{
    public static async Task<HariLiburDto> Handle(int pemdaId, int? liburId, HariLiburRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        KalenderAccess.EnsureWritable(pemdaId, scope);
        var tanggal = ParseTanggal(r.Tanggal);
        var nama = Input.Required(r.Nama, "nama", "Keterangan hari libur", 200);
        var jenis = r.Jenis is JenisLibur j && Enum.IsDefined(j) ? j : throw new DomainException("Jenis hari libur wajib dipilih.", "jenis");
        await KalenderAccess.EnsureAsync(pemdaId, db, ct);

        HariLiburPemda row;
        if (liburId is int id)
        {
            row = await db.HariLiburPemda.SingleOrDefaultAsync(h => h.Id == id && h.PemdaId == pemdaId, ct) ?? throw new NotFoundException("Hari libur tidak ditemukan.");
            db.Entry(row).Property(h => h.Version).OriginalValue = r.Version;
        }
        else db.HariLiburPemda.Add(row = new HariLiburPemda { PemdaId = pemdaId, Nama = nama });

        if (await db.HariLiburPemda.AsNoTracking().FirstOrDefaultAsync(h => h.PemdaId == pemdaId && h.Tanggal == tanggal && h.Id != row.Id, ct) is { } other)
            throw new DomainException($"Tanggal {tanggal:dd-MM-yyyy} sudah tercatat sebagai hari libur ({other.Nama}).", "tanggal");
        (row.Tanggal, row.Nama, row.Jenis) = (tanggal, nama, jenis);
        await db.SaveChangesAsync(ct);
        return new HariLiburDto(row.Id, row.Tanggal, row.Nama, row.Jenis, row.Version);
    }

    public static DateOnly ParseTanggal(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) throw new DomainException("Tanggal wajib diisi.", "tanggal");
        if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year is >= 2000 and <= 2100)
            return d;
        throw new DomainException($"Tanggal '{text}' tidak dikenali; tulis tanggal yang ada, misalnya 2028-02-08 atau 08-02-2028.", "tanggal");
    }
}

/// <summary>The Admin Pemda removes one holiday: that day becomes a working day again (when it has office hours).</summary>
public static class DeleteHariLibur
{
    public static async Task Handle(int pemdaId, int liburId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        KalenderAccess.EnsureWritable(pemdaId, scope);
        var row = await db.HariLiburPemda.SingleOrDefaultAsync(h => h.Id == liburId && h.PemdaId == pemdaId, ct) ?? throw new NotFoundException("Hari libur tidak ditemukan.");
        db.HariLiburPemda.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}
