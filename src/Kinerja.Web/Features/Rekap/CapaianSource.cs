using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Domain.Rekap;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Perencanaan;
using Microsoft.EntityFrameworkCore;
using FormatStatus = Kinerja.Domain.Pengumpulan.FormatStatus;

namespace Kinerja.Web.Features.Rekap;

/// <summary>What to gather: one indicator, a unit subtree, one OPD or one Pemda (or every Pemda, for the benchmark), for a year.</summary>
public sealed record CapaianSelection(int Tahun)
{
    public int? PemdaId { get; init; }
    public int? PerangkatDaerahId { get; init; }
    /// <summary>Only the forms of units at and below this materialised path (a unit's subtree).</summary>
    public string? UnitPath { get; init; }
    public int? IndikatorId { get; init; }
    public int? SasaranId { get; init; }
    public bool HanyaIku { get; init; }
    /// <summary>Also the OPDs' forms of the Pemda-wide round (the Pemda level).</summary>
    public bool PemdaWide { get; init; }
    public bool Anggaran { get; init; }
}

/// <summary>An indicator of the plan with everything the recap prints beside its figures.</summary>
public sealed record IndikatorPlan(
    int Id, string Kode, string Nama, string Satuan, IndikatorSettings Settings, bool IsIku, decimal? KondisiAwal, decimal? TargetAkhir,
    int SasaranId, string SasaranKode, string SasaranUraian, int TujuanId, string TujuanKode, string TujuanUraian,
    int RenstraId, int TahunAwal, int TahunAkhir, int PerangkatDaerahId, int PemdaId, YearTarget? Yearly, IReadOnlyList<int> Units);

/// <summary>One form row behind a figure: which form and row (for links), the unit (or the OPD in the Pemda-wide round).</summary>
public sealed record FormRow(int IndikatorId, int BarisId, int FormId, int Triwulan, decimal? Realisasi, DataStatus Status, int? UnitKerjaId, string Unit,
    int PerangkatDaerahId);

public sealed record ProgramRow(int Id, int? ParentId, ProgramLevel Level, string Kode, string Nama, int? SasaranId, int? UnitKerjaId, int PerangkatDaerahId, long? Pagu);

public sealed record AnggaranRow(int ProgramKegiatanId, int BarisId, int FormId, int Triwulan, long Pagu, long? Realisasi, DataStatus Status, int? UnitKerjaId, string Unit);

/// <summary>
/// The one place that gathers stored figures for capaian: the plan (indicators, yearly targets, the
/// units answering for them), the signed PKs' Rencana Aksi, the collection forms of the year's rounds
/// and their budget rows, and the Pemda's scale — a handful of no-tracking projections for any scope,
/// after which everything is computed in memory by the engine (<see cref="IndikatorFigures"/>). The
/// indicator capaian endpoint, the recap and the reports all read through here.
/// </summary>
public sealed class CapaianSource
{
    private CapaianSource() { }

    public required int Tahun { get; init; }
    public required IReadOnlyList<IndikatorPlan> Indikator { get; init; }
    public required IReadOnlyDictionary<int, QuarterTargets> Targets { get; init; }
    /// <summary>Form rows of the OPDs' own rounds, by indicator.</summary>
    public required ILookup<int, FormRow> Rows { get; init; }
    /// <summary>Form rows of the Pemda-wide round, by indicator (empty unless selected).</summary>
    public required ILookup<int, FormRow> PemdaRows { get; init; }
    public required IReadOnlyList<ProgramRow> Program { get; init; }
    public required ILookup<int, AnggaranRow> AnggaranRows { get; init; }
    public required IReadOnlyDictionary<int, PemdaCapaianSettings> Pemda { get; init; }

    /// <summary>The indicator's figures for the period from its own OPD rounds (or from the Pemda-wide round).</summary>
    public IndikatorPeriode Compute(IndikatorPlan i, Periode periode, bool includeSubmitted, bool pemdaWide = false) =>
        IndikatorFigures.Compute(i.Settings, periode, Targets[i.Id], Quarters(i, includeSubmitted, pemdaWide));

    public TriwulanFigure[] Quarters(IndikatorPlan i, bool includeSubmitted, bool pemdaWide = false) =>
        IndikatorFigures.Quarters(i.Settings.RollUp, Targets[i.Id],
            (pemdaWide ? PemdaRows : Rows)[i.Id].Select(r => new FormFigure(r.Triwulan, r.Realisasi, r.Status)), includeSubmitted);

    public static DataStatus StatusOf(FormatStatus s) => s switch
    {
        FormatStatus.Terkunci => DataStatus.Terkunci,
        FormatStatus.MenungguKasi or FormatStatus.MenungguKabid or FormatStatus.MenungguVerifikasi => DataStatus.Diajukan,
        FormatStatus.Dikembalikan => DataStatus.Dikembalikan,
        _ => DataStatus.BelumDiisi,
    };

    public static async Task<CapaianSource> LoadAsync(CapaianSelection s, AppDbContext db, CancellationToken ct)
    {
        var year = s.Tahun;
        var indikator = IndikatorQuery(s, db);
        var ids = indikator.Select(i => i.Id);

        var plans = await indikator.Select(i => new
        {
            i.Id, i.Kode, i.Nama, i.Satuan, i.Polarity, i.NegativeFormula, i.RollUp, i.NegativeResult, i.CapaianCap, i.Decimals, i.IsIku,
            i.KondisiAwal, i.TargetAkhir, SasaranId = i.SasaranId!.Value, SasaranKode = i.Sasaran!.Kode, SasaranUraian = i.Sasaran.Uraian,
            i.Sasaran.TujuanId, TujuanKode = i.Sasaran.Tujuan.Kode, TujuanUraian = i.Sasaran.Tujuan.Uraian, i.Sasaran.Tujuan.RenstraId,
            i.Sasaran.Tujuan.Renstra.TahunAwal, i.Sasaran.Tujuan.Renstra.TahunAkhir, i.Sasaran.Tujuan.Renstra.PerangkatDaerahId,
            i.Sasaran.Tujuan.Renstra.PerangkatDaerah.PemdaId,
        }).ToListAsync(ct);
        var yearly = (await db.IndikatorTargets.Where(t => t.Tahun == year && ids.Contains(t.IndikatorId))
            .Select(t => new { t.IndikatorId, t.Nilai, t.NilaiAtas }).ToListAsync(ct)).ToDictionary(t => t.IndikatorId);
        var units = (await db.IndikatorUnits.Where(u => ids.Contains(u.IndikatorId)).Select(u => new { u.IndikatorId, u.UnitKerjaId }).ToListAsync(ct))
            .ToLookup(u => u.IndikatorId, u => u.UnitKerjaId);
        var pk = (await db.PerjanjianKinerjaIndikator
                .Where(x => x.PerjanjianKinerja.Tahun == year && x.PerjanjianKinerja.Status == PerjanjianKinerjaStatus.Signed
                            && x.RencanaAksi != null && ids.Contains(x.IndikatorId))
                .Select(x => new
                {
                    x.IndikatorId, x.PerjanjianKinerjaId, x.PerjanjianKinerja.PerangkatDaerahId, x.PerjanjianKinerja.Jabatan.UnitKerjaId, x.Target,
                    x.RencanaAksi!.TargetTw1, x.RencanaAksi.TargetTw2, x.RencanaAksi.TargetTw3, x.RencanaAksi.TargetTw4,
                }).ToListAsync(ct))
            .ToLookup(x => x.IndikatorId);

        var list = plans.Select(p =>
        {
            var settings = CapaianSettings.From(p.Polarity, p.NegativeFormula, p.RollUp, p.CapaianCap, p.Decimals, p.NegativeResult);
            YearTarget? y = yearly.TryGetValue(p.Id, out var t) ? new YearTarget(t.Nilai, t.NilaiAtas) : null;
            return new IndikatorPlan(p.Id, p.Kode, p.Nama, p.Satuan, settings, p.IsIku, p.KondisiAwal, p.TargetAkhir, p.SasaranId, p.SasaranKode,
                p.SasaranUraian, p.TujuanId, p.TujuanKode, p.TujuanUraian, p.RenstraId, p.TahunAwal, p.TahunAkhir, p.PerangkatDaerahId, p.PemdaId, y,
                units[p.Id].ToList());
        }).ToList();
        var targets = list.ToDictionary(i => i.Id, i =>
        {
            var answering = i.Units.ToHashSet();
            // Only the indicator's own OPD's PKs: a PK of another OPD cannot carry it, but the query is by indicator only.
            var plansOf = pk[i.Id].Where(x => x.PerangkatDaerahId == i.PerangkatDaerahId).Select(x => new RencanaAksiPlan(x.PerjanjianKinerjaId,
                x.UnitKerjaId is int u && answering.Contains(u), x.Target, [x.TargetTw1, x.TargetTw2, x.TargetTw3, x.TargetTw4]));
            return QuarterTargets.Choose(i.Settings.RollUp, plansOf, i.Yearly);
        });

        // A row counts only in its indicator's own OPD (a form of another OPD cannot carry it; the query is by indicator).
        var opdOf = list.ToDictionary(i => i.Id, i => i.PerangkatDaerahId);
        var rows = (await OwnRowsAsync(s, ids, db, ct)).Where(r => opdOf[r.IndikatorId] == r.PerangkatDaerahId);
        var pemdaRows = s.PemdaWide ? (await PemdaRowsAsync(s, ids, db, ct)).Where(r => opdOf[r.IndikatorId] == r.PerangkatDaerahId) : [];
        var (program, anggaran) = s.Anggaran ? await BudgetAsync(s, db, ct) : ([], []);
        var pemdaIds = list.Select(i => i.PemdaId).Concat(s.PemdaId is int pid ? [pid] : []).Distinct().ToList();
        return new CapaianSource
        {
            Tahun = year, Indikator = list, Targets = targets,
            Rows = rows.ToLookup(r => r.IndikatorId), PemdaRows = pemdaRows.ToLookup(r => r.IndikatorId),
            Program = program, AnggaranRows = anggaran.ToLookup(a => a.ProgramKegiatanId),
            Pemda = await PemdaScales.SettingsAsync(db, pemdaIds, ct),
        };
    }

    private static IQueryable<Indikator> IndikatorQuery(CapaianSelection s, AppDbContext db)
    {
        var q = db.Indikator.AsNoTracking().Where(i => i.SasaranId != null);
        if (s.IndikatorId is int id) return q.Where(i => i.Id == id);
        q = q.Where(i => i.Sasaran!.Tujuan.Renstra.TahunAwal <= s.Tahun && i.Sasaran.Tujuan.Renstra.TahunAkhir >= s.Tahun);
        if (s.PerangkatDaerahId is int opd) q = q.Where(i => i.Sasaran!.Tujuan.Renstra.PerangkatDaerahId == opd);
        else if (s.PemdaId is int pemda) q = q.Where(i => i.Sasaran!.Tujuan.Renstra.PerangkatDaerah.PemdaId == pemda);
        if (s.SasaranId is int sasaran) q = q.Where(i => i.SasaranId == sasaran);
        if (s.HanyaIku) q = q.Where(i => i.IsIku);
        if (s.UnitPath is { } path)
            q = q.Where(i => db.IndikatorUnits.Any(u => u.IndikatorId == i.Id && u.UnitKerja.Path.StartsWith(path))
                             || db.FormatIndikator.Any(r => r.IndikatorId == i.Id && db.FormatDataKinerja.Any(f => f.Id == r.FormatDataKinerjaId
                                 && f.PengumpulanData.Tahun == s.Tahun && f.UnitKerja!.Path.StartsWith(path))));
        return q;
    }

    private static async Task<List<FormRow>> OwnRowsAsync(CapaianSelection s, IQueryable<int> ids, AppDbContext db, CancellationToken ct)
    {
        var forms = db.FormatDataKinerja.Where(f => f.PengumpulanData.Tahun == s.Tahun && f.PengumpulanData.PerangkatDaerahId != null && f.UnitKerjaId != null);
        if (s.PerangkatDaerahId is int opd) forms = forms.Where(f => f.PengumpulanData.PerangkatDaerahId == opd);
        else if (s.PemdaId is int pemda) forms = forms.Where(f => f.PengumpulanData.PemdaId == pemda);
        if (s.UnitPath is { } path) forms = forms.Where(f => f.UnitKerja!.Path.StartsWith(path));
        var raw = await db.FormatIndikator.Where(r => ids.Contains(r.IndikatorId))
            .Join(forms, r => r.FormatDataKinerjaId, f => f.Id, (r, f) => new
            {
                r.IndikatorId, r.Id, FormId = f.Id, f.PengumpulanData.Triwulan, r.Realisasi, f.Status, f.UnitKerjaId, Unit = f.UnitKerja!.Nama,
                Opd = f.PengumpulanData.PerangkatDaerahId!.Value,
            }).ToListAsync(ct);
        return raw.Select(r => new FormRow(r.IndikatorId, r.Id, r.FormId, r.Triwulan, r.Realisasi, StatusOf(r.Status), r.UnitKerjaId, r.Unit, r.Opd)).ToList();
    }

    private static async Task<List<FormRow>> PemdaRowsAsync(CapaianSelection s, IQueryable<int> ids, AppDbContext db, CancellationToken ct)
    {
        var forms = db.FormatDataKinerja.Where(f => f.PengumpulanData.Tahun == s.Tahun && f.PengumpulanData.PerangkatDaerahId == null && f.SumberOpdId != null);
        if (s.PemdaId is int pemda) forms = forms.Where(f => f.PengumpulanData.PemdaId == pemda);
        if (s.PerangkatDaerahId is int opd) forms = forms.Where(f => f.SumberOpdId == opd);
        var raw = await db.FormatIndikator.Where(r => ids.Contains(r.IndikatorId))
            .Join(forms, r => r.FormatDataKinerjaId, f => f.Id, (r, f) => new
            {
                r.IndikatorId, r.Id, FormId = f.Id, f.PengumpulanData.Triwulan, r.Realisasi, f.Status, Unit = f.SumberOpd!.Nama, Opd = f.SumberOpdId!.Value,
            }).ToListAsync(ct);
        return raw.Select(r => new FormRow(r.IndikatorId, r.Id, r.FormId, r.Triwulan, r.Realisasi, StatusOf(r.Status), null, r.Unit, r.Opd)).ToList();
    }

    private static async Task<(List<ProgramRow>, List<AnggaranRow>)> BudgetAsync(CapaianSelection s, AppDbContext db, CancellationToken ct)
    {
        var nodes = db.ProgramKegiatan.AsNoTracking();
        if (s.PerangkatDaerahId is int opd) nodes = nodes.Where(p => p.PerangkatDaerahId == opd);
        else if (s.PemdaId is int pemda) nodes = nodes.Where(p => p.PerangkatDaerah.PemdaId == pemda);
        var program = await nodes.Select(p => new ProgramRow(p.Id, p.ParentId, p.Level, p.Kode, p.Nama, p.SasaranId, p.UnitKerjaId, p.PerangkatDaerahId,
            p.Pagu.Where(x => x.Tahun == s.Tahun).Select(x => (long?)x.Jumlah).FirstOrDefault())).ToListAsync(ct);

        var forms = db.FormatDataKinerja.Where(f => f.PengumpulanData.Tahun == s.Tahun && f.PengumpulanData.PerangkatDaerahId != null && f.UnitKerjaId != null);
        if (s.PerangkatDaerahId is int o) forms = forms.Where(f => f.PengumpulanData.PerangkatDaerahId == o);
        else if (s.PemdaId is int pm) forms = forms.Where(f => f.PengumpulanData.PemdaId == pm);
        if (s.UnitPath is { } path) forms = forms.Where(f => f.UnitKerja!.Path.StartsWith(path));
        var raw = await db.FormatAnggaran
            .Join(forms, a => a.FormatDataKinerjaId, f => f.Id, (a, f) => new
            {
                a.ProgramKegiatanId, a.Id, FormId = f.Id, f.PengumpulanData.Triwulan, a.Pagu, a.Realisasi, f.Status, f.UnitKerjaId, Unit = f.UnitKerja!.Nama,
            }).ToListAsync(ct);
        return (program, raw.Select(a => new AnggaranRow(a.ProgramKegiatanId, a.Id, a.FormId, a.Triwulan, a.Pagu, a.Realisasi, StatusOf(a.Status),
            a.UnitKerjaId, a.Unit)).ToList());
    }
}
