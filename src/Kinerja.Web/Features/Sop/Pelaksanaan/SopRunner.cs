using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>A user holding, today, a jabatan of an SOP role in the OPD (definitively or as Plt).</summary>
public record Holder(SopRole Role, int JabatanId, string JabatanNama, string UserId, string UserName, string NamaLengkap, bool IsPlt);

/// <summary>
/// Glue between the pure <see cref="SopRun"/> and the stored run: makes a step active (assigned to the
/// holders of its pelaksana's jabatan, due under the working-day calendar) and times steps. The calendar is the
/// Pemda's of the run's OPD (<see cref="Kalender.KalenderAccess.ForOpdAsync"/>), passed in by the caller.
/// </summary>
public static class SopRunner
{
    public static async Task<List<Holder>> HoldersAsync(int opdId, IEnumerable<SopRole> roles, AppDbContext db, Clock clock, CancellationToken ct)
    {
        var today = clock.Today;
        var wanted = roles.Distinct().ToList();
        return await db.JabatanAssignments
            .Where(a => a.Jabatan.PerangkatDaerahId == opdId && wanted.Contains(a.Jabatan.Role)
                        && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .OrderBy(a => a.JabatanId).ThenBy(a => a.IsPlt)
            .Select(a => new Holder(a.Jabatan.Role, a.JabatanId, a.Jabatan.Nama, a.UserId, a.User.UserName!, a.User.FullName, a.IsPlt))
            .ToListAsync(ct);
    }

    /// <summary>Adds the step as active now: its due moment, its petugas, its kelengkapan checklist. Returns a warning when nobody holds its jabatan.</summary>
    public static string? Activate(SopInstance instance, SopDefinition def, int stepNo, IReadOnlyList<Holder> holders, KalenderKerja kalender, DateTime nowUtc, Clock clock)
    {
        var step = def.Step(stepNo);
        var row = new SopInstanceStep
        {
            StepNo = stepNo, Putaran = instance.Steps.Count(s => s.StepNo == stepNo) + 1, Kegiatan = step.Kegiatan,
            WaktuAmount = step.MutuBaku.Waktu.Amount, WaktuUnit = step.MutuBaku.Waktu.Unit, MulaiUtc = nowUtc,
        };
        // The calendar works in local wall-clock time; the zone has no daylight saving, so the offset carries over.
        var local = clock.ToLocal(nowUtc);
        row.JatuhTempoUtc = nowUtc + (kalender.DueAt(local, step.MutuBaku.Waktu) - local);
        foreach (var p in step.Pelaksana.Select(def.PelaksanaOf))
        {
            foreach (var h in holders.Where(h => h.Role == p.Peran))
            {
                if (row.Petugas.Any(x => x.UserId == h.UserId && x.PelaksanaId == p.Id)) continue;
                row.Petugas.Add(new SopStepPetugas
                {
                    PelaksanaId = p.Id, PelaksanaJudul = p.Judul, JabatanId = h.JabatanId, JabatanNama = h.JabatanNama,
                    UserId = h.UserId, UserName = h.UserName, NamaLengkap = h.NamaLengkap, IsPlt = h.IsPlt,
                });
            }
        }
        foreach (var item in SopRun.KelengkapanItems(step)) row.Kelengkapan.Add(new SopStepKelengkapan { Nama = item });
        instance.Steps.Add(row);
        return row.Petugas.Count == 0
            ? $"Langkah {stepNo} ({string.Join(", ", step.Pelaksana.Select(id => def.PelaksanaOf(id).Judul))}) belum memiliki pemangku jabatan; tetapkan penugasan jabatan."
            : null;
    }

    public static StepTiming Timing(SopInstanceStep s, KalenderKerja kalender, Clock clock) =>
        StepTiming.Of(kalender, s.Waktu, clock.ToLocal(s.MulaiUtc), s.SelesaiUtc is { } f ? clock.ToLocal(f) : null, clock.ToLocal(clock.UtcNow));

    public static string Measure(StepTiming t, int amount) => StepTiming.Format(t.Measure, amount);
}
