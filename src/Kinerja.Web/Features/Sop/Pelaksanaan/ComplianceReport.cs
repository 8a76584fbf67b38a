using Kinerja.Domain;
using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>
/// Compliance of one SOP over a period: every step of its runs finished in the period (local dates, both
/// inclusive) set against its mutu baku. The figures are <see cref="SopCompliance"/>'s.
/// </summary>
public static class ComplianceReport
{
    public static async Task<ComplianceDto> Handle(int sopId, int? tahun, DateOnly? dari, DateOnly? sampai, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var sop = await SopAccess.DokumenAsync(sopId, db, scope, write: false, ct);
        var from = dari ?? new DateOnly(tahun ?? clock.Today.Year, 1, 1);
        var to = sampai ?? (tahun is int y ? new DateOnly(y, 12, 31) : dari is null ? new DateOnly(from.Year, 12, 31) : clock.Today);
        if (to < from) throw new DomainException("Tanggal akhir periode tidak boleh sebelum tanggal awal.", "sampai");
        var (fromUtc, toUtc) = (clock.StartOfDayUtc(from), clock.EndOfDayUtc(to));

        var runs = await db.SopInstance.Where(i => i.SopDokumenId == sop.Id).Select(i => i.Id).ToListAsync(ct);
        var steps = await db.SopInstanceStep
            .Where(s => runs.Contains(s.SopInstanceId) && s.SelesaiUtc != null && s.SelesaiUtc >= fromUtc && s.SelesaiUtc <= toUtc)
            .AsNoTracking().ToListAsync(ct);
        var kalender = await Kalender.KalenderAccess.ForOpdAsync(sop.PerangkatDaerahId, db, ct);
        var report = SopCompliance.Of(steps.Select(s => new FinishedStep(s.StepNo, s.Kegiatan, SopRunner.Timing(s, kalender, clock))));
        return new ComplianceDto(sop.Id, sop.Nama, from, to, steps.Select(s => s.SopInstanceId).Distinct().Count(), report.Runs, report.OnTime,
            Percent(report.OnTimeShare), report.Steps.Select(Dto).ToList(), report.Slowest.Select(Dto).ToList(),
            report.Totals.Select(t => new MeasureTotalDto(t.Measure, t.Actual, t.Standard, StepTiming.Format(t.Measure, t.Actual), StepTiming.Format(t.Measure, t.Standard))).ToList());
    }

    private static decimal Percent(decimal share) => Math.Round(share * 100, 1);

    private static StepComplianceDto Dto(StepCompliance s) => new(s.StepNo, s.Kegiatan, s.Standard.ToString(), s.Measure, s.Runs, s.OnTime, Percent(s.OnTimeShare),
        s.AverageDelay, StepTiming.Format(s.Measure, (int)Math.Round(s.AverageDelay, MidpointRounding.AwayFromZero)),
        s.MaxDelay, StepTiming.Format(s.Measure, s.MaxDelay), s.AverageActual);
}
