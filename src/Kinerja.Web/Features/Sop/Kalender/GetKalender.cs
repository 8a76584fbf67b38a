using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Kalender;

/// <summary>One weekday's office hours; both null when the day is a day off.</summary>
public record JamKerjaDto(DayOfWeek Hari, string NamaHari, string? Mulai, string? Selesai);

public record HariLiburDto(int Id, DateOnly Tanggal, string Nama, JenisLibur Jenis, int Version);

/// <param name="Version">Of the office hours (send it back with PUT).</param>
/// <param name="Tersimpan">False while the Pemda runs on the shipped default it never saved.</param>
/// <param name="TahunTanpaLibur">Years asked for that have no holiday at all: not filled in yet.</param>
public record KalenderDto(int PemdaId, string PemdaNama, int Version, bool Tersimpan, bool DapatDiubah, List<JamKerjaDto> JamKerja,
    List<HariLiburDto> HariLibur, List<int> Tahun, List<int> TahunTanpaLibur);

/// <summary>A Pemda's calendar: office hours Monday to Sunday and its holidays (of one year, or all).</summary>
public static class GetKalender
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string NamaHari(DayOfWeek d) => ((string[])["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"])[(int)d];

    public static string Label(JenisLibur j) => j switch
    {
        JenisLibur.LiburNasional => "Libur nasional",
        JenisLibur.CutiBersama => "Cuti bersama",
        _ => "Libur daerah",
    };

    public static async Task<KalenderDto> Handle(int pemdaId, int? tahun, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        KalenderAccess.EnsureReadable(pemdaId, scope);
        var pemda = await db.Pemda.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pemdaId, ct) ?? throw new Infrastructure.NotFoundException("Pemda tidak ditemukan.");
        var header = await db.KalenderPemda.AsNoTracking().Include(k => k.JamKerja).SingleOrDefaultAsync(k => k.PemdaId == pemdaId, ct);
        var hours = header?.JamKerja.Select(j => new JamKerjaHari(j.Hari, j.Mulai, j.Selesai)).ToList() ?? [.. KalenderRows.DefaultJamKerja];
        var libur = header is null
            ? KalenderRows.DefaultHariLibur.Select(h => new HariLiburDto(0, h.Tanggal, h.Nama, h.Jenis, 0)).ToList()
            : (await db.HariLiburPemda.AsNoTracking().Where(h => h.PemdaId == pemdaId).ToListAsync(ct))
                .Select(h => new HariLiburDto(h.Id, h.Tanggal, h.Nama, h.Jenis, h.Version)).ToList();
        var years = libur.Select(h => h.Tanggal.Year).Distinct().OrderBy(y => y).ToList();
        var shown = libur.Where(h => tahun is null || h.Tanggal.Year == tahun).OrderBy(h => h.Tanggal).ToList();
        return new KalenderDto(pemdaId, pemda.Nama, header?.Version ?? 0, header is not null, KalenderAccess.CanEdit(pemdaId, scope),
            Week.Select(d => hours.FirstOrDefault(h => h.Hari == d) is { } h
                ? new JamKerjaDto(d, NamaHari(d), h.Mulai.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), h.Selesai.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))
                : new JamKerjaDto(d, NamaHari(d), null, null)).ToList(),
            shown, years, tahun is int y && shown.Count == 0 ? [y] : []);
    }
}
