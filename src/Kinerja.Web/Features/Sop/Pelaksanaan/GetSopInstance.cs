using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Sop.Kalender;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>Runs in the user's scope, and one run with its steps, timing, kelengkapan and dispositions.</summary>
public static class GetSopInstance
{
    public static async Task<SopInstanceDto> Handle(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct, List<string>? warnings = null)
    {
        var instance = await PelaksanaanAccess.InstanceAsync(id, db, scope, ct);
        var def = await PelaksanaanAccess.DefinitionAsync(instance, db, ct);
        var kalender = await KalenderAccess.ForOpdAsync(instance.PerangkatDaerahId, db, ct);
        var steps = instance.Steps.OrderBy(s => s.MulaiUtc).ThenBy(s => s.Id).Select(s => LangkahDto.From(s, def, kalender, clock)).ToList();
        return new SopInstanceDto(Summary(instance, steps.Count(s => s.Terlambat || s.LewatTenggat)), steps,
            instance.Disposisi.OrderBy(d => d.Id).Select(DisposisiDto.From).ToList(), warnings ?? [], instance.Version);
    }

    public static async Task<List<SopInstanceSummaryDto>> List(int? perangkatDaerahId, int? pengumpulanDataId, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var readable = await scope.PerangkatDaerah(db.PerangkatDaerah).Select(o => o.Id).ToListAsync(ct);
        var q = db.SopInstance.Include(i => i.PerangkatDaerah).Include(i => i.PengumpulanData).Include(i => i.Steps)
            .Where(i => readable.Contains(i.PerangkatDaerahId));
        if (perangkatDaerahId is int o) q = q.Where(i => i.PerangkatDaerahId == o);
        if (pengumpulanDataId is int r) q = q.Where(i => i.PengumpulanDataId == r);
        var list = await q.OrderByDescending(i => i.MulaiUtc).AsSplitQuery().ToListAsync(ct);
        var kalender = new Dictionary<int, KalenderKerja>();
        foreach (var pemdaId in list.Select(i => i.PerangkatDaerah.PemdaId).Distinct()) kalender[pemdaId] = await KalenderAccess.ForPemdaAsync(pemdaId, db, ct);
        return list.Select(i => Summary(i, i.Steps.Count(s => SopRunner.Timing(s, kalender[i.PerangkatDaerah.PemdaId], clock) is { } t && (t.IsLate || t.IsOverdue)))).ToList();
    }

    public static SopInstanceSummaryDto Summary(SopInstance i, int late) => new(i.Id, i.PerangkatDaerahId, i.PerangkatDaerah.Nama, i.SopDokumenId, i.Revisi, i.NamaSop,
        i.PengumpulanDataId, i.PengumpulanData.Tahun, i.PengumpulanData.Triwulan, i.Status, i.MulaiUtc, i.SelesaiUtc, late);

    public static async Task<TimelineDto> Timeline(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var instance = await PelaksanaanAccess.InstanceAsync(id, db, scope, ct);
        var def = await PelaksanaanAccess.DefinitionAsync(instance, db, ct);
        var kalender = await KalenderAccess.ForOpdAsync(instance.PerangkatDaerahId, db, ct);
        var rows = def.Steps.OrderBy(s => s.No).Select(s => new TimelineRowDto(s.No, s.Kegiatan, s.MutuBaku.Waktu.ToString(),
            instance.Steps.Where(x => x.StepNo == s.No).OrderBy(x => x.Putaran).Select(x => LangkahDto.From(x, def, kalender, clock)).ToList())).ToList();
        return new TimelineDto(instance.Id, instance.NamaSop, instance.MulaiUtc, instance.SelesaiUtc, rows);
    }
}
