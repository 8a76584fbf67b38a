using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Rekap;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Rekap;

/// <summary>
/// The recap of a unit's subtree, an OPD or the Pemda for any period: the stored figures gathered once
/// (<see cref="CapaianSource"/>), computed by the engine, grouped Tujuan → Sasaran → Indikator per OPD
/// with the budget beside them, and checked (<see cref="CrossFoot"/>). The entry point for C# callers
/// (reports): <c>BuildRekap.Handle(query, db, scope, ct)</c>; the records are in RekapRecords.cs.
/// </summary>
public static class BuildRekap
{
    public static async Task<Rekap> Handle(RekapQuery q, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        if (q.Tahun is < 2000 or > 2100) throw new DomainException("Tahun tidak wajar; isi mis. tahun=2026.", "tahun");
        var cakupan = await RekapAccess.ResolveAsync(q, db, scope, ct);
        var pemdaLevel = cakupan.Tingkat == RekapTingkat.Pemda;
        var source = await CapaianSource.LoadAsync(new CapaianSelection(q.Tahun)
        {
            PemdaId = cakupan.PemdaId, PerangkatDaerahId = cakupan.PerangkatDaerahId, UnitPath = cakupan.UnitPath, SasaranId = q.SasaranId,
            HanyaIku = q.HanyaIku, PemdaWide = pemdaLevel, Anggaran = true,
        }, db, ct);
        var opdNames = await db.PerangkatDaerah.AsNoTracking().Where(o => o.PemdaId == cakupan.PemdaId)
            .Select(o => new { o.Id, o.Kode, o.Nama }).ToDictionaryAsync(o => o.Id, ct);
        var settings = source.Pemda.TryGetValue(cakupan.PemdaId, out var s) ? s : PemdaCapaianSettings.Default(cakupan.PemdaId);
        return Compose(q, cakupan, source, settings, opdNames.ToDictionary(o => o.Key, o => (o.Value.Kode, o.Value.Nama)));
    }

    /// <summary>The recap from gathered figures; pure apart from its input, so benchmarks and reports can reuse it.</summary>
    public static Rekap Compose(RekapQuery q, RekapCakupan cakupan, CapaianSource source, PemdaCapaianSettings settings,
        IReadOnlyDictionary<int, (string Kode, string Nama)> opds)
    {
        var pemdaLevel = cakupan.Tingkat == RekapTingkat.Pemda;
        var display = settings.Display;
        var checks = new List<RekapCheck>();
        var indikator = pemdaLevel ? PemdaIndicators(source.Indikator) : source.Indikator;
        var parts = new List<(RekapPerangkatDaerah Part, List<CapaianResult> Capaian)>();
        foreach (var opd in indikator.GroupBy(i => i.PerangkatDaerahId).OrderBy(g => opds.GetValueOrDefault(g.Key).Nama))
        {
            var (kode, nama) = opds.GetValueOrDefault(opd.Key, ("", ""));
            var capaian = new List<CapaianResult>();
            var budget = RekapAnggaranTree.Build(source, opd.Key, kode, q.Periode, q.TermasukDiajukan,
                cakupan.Tingkat == RekapTingkat.Unit ? cakupan.SubtreeUnits : null, display);
            checks.AddRange(budget.Checks);
            var tujuan = opd.GroupBy(i => (i.TujuanId, i.TujuanKode, i.TujuanUraian)).OrderBy(t => t.Key.TujuanKode, KodeOrder.Instance).Select(t =>
            {
                var sasaran = t.GroupBy(i => (i.SasaranId, i.SasaranKode, i.SasaranUraian)).OrderBy(x => x.Key.SasaranKode, KodeOrder.Instance).Select(x =>
                {
                    var rows = x.OrderBy(i => i.Kode, KodeOrder.Instance).Select(i =>
                    {
                        var row = Row(i, kode, q, cakupan, source, settings, pemdaLevel, checks);
                        capaian.Add(row.Result);
                        return row;
                    }).ToList();
                    var mean = SasaranCapaian.Mean(rows.Select(r => r.Result));
                    var keuangan = RekapAnggaranTree.ForSasaran(budget.Lines, x.Key.SasaranId, display);
                    var efisiensi = WholeYear(q.Periode) && keuangan is not null
                        ? display.Efisiensi(settings.Efisiensi, mean.Capaian, Serapan.Compute(keuangan.Pagu, keuangan.Realisasi)) : null;
                    return (Sasaran: new RekapSasaran(x.Key.SasaranId, x.Key.SasaranKode, x.Key.SasaranUraian, Persen.From(mean.Capaian, display),
                        RekapPredikat.From(display.Predikat(settings.Predikat, mean.Capaian)), mean.Counted, mean.SkippedNoData, mean.SkippedNotComputable,
                        keuangan, efisiensi, efisiensi?.Label(), rows.Select(r => r.Row).ToList()), mean.Capaian);
                }).ToList();
                var tujuanMean = SasaranCapaian.Mean(sasaran.Select(x => x.Capaian)).Capaian;
                return new RekapTujuan(t.Key.TujuanId, t.Key.TujuanKode, t.Key.TujuanUraian, Persen.From(tujuanMean, display),
                    RekapPredikat.From(display.Predikat(settings.Predikat, tujuanMean)), sasaran.Select(x => x.Sasaran).ToList());
            }).ToList();
            var opdMean = SasaranCapaian.Mean(capaian).Capaian;
            var opdEfisiensi = WholeYear(q.Periode) ? display.Efisiensi(settings.Efisiensi, opdMean, Serapan.Compute(budget.Total.Pagu, budget.Total.Realisasi)) : null;
            parts.Add((new RekapPerangkatDaerah(opd.Key, kode, nama, Persen.From(opdMean, display), RekapPredikat.From(display.Predikat(settings.Predikat, opdMean)),
                budget.Total, opdEfisiensi, opdEfisiensi?.Label(), tujuan, budget.Lines), capaian));
        }
        if (pemdaLevel) checks.AddRange(PemdaRoundMissing(q.Periode, q.Tahun, source, indikator));

        var all = SasaranCapaian.Mean(parts.SelectMany(p => p.Capaian)).Capaian;
        return new Rekap(q.Tahun, q.Periode.Label, q.Periode.Code, cakupan.Tingkat, cakupan.PemdaId, cakupan.Pemda, cakupan.PerangkatDaerahId,
            cakupan.UnitKerjaId, Describe(cakupan), q.TermasukDiajukan, q.HanyaIku || pemdaLevel,
            pemdaLevel ? "Pengumpulan data tingkat Pemda" : "Pengumpulan data perangkat daerah", display.Decimals,
            settings.Predikat.Bands.Select(b => new PredikatBandDto(b.Lower, b.Upper, b.Label, b.Colour)).ToList(),
            settings.Efisiensi.EfisienAbove, settings.Efisiensi.TidakEfisienBelow, Persen.From(all, display),
            RekapPredikat.From(display.Predikat(settings.Predikat, all)), parts.Select(p => p.Part).ToList(), checks);
    }

    private static (RekapIndikator Row, CapaianResult Result) Row(IndikatorPlan i, string opd, RekapQuery q, RekapCakupan cakupan,
        CapaianSource source, PemdaCapaianSettings settings, bool pemdaLevel, List<RekapCheck> checks)
    {
        var figure = source.Compute(i, q.Periode, q.TermasukDiajukan, pemdaWide: pemdaLevel);
        var display = settings.Display;
        checks.AddRange(CrossFoot.Indikator(new PrintedIndikator(i.Kode, opd, i.Satuan, i.Settings.RollUp, q.Periode,
            figure.Triwulan.Select(t => t.Realisasi).ToArray(), figure.Realisasi)));
        checks.AddRange(CrossFoot.Status(i.Kode, opd, figure, q.TermasukDiajukan));
        if (pemdaLevel) checks.AddRange(CrossFoot.PemdaAgainstOpd(i.Kode, opd, figure.Triwulan, source.Quarters(i, q.TermasukDiajukan)));

        var targets = source.Targets[i.Id];
        var rows = (pemdaLevel ? source.PemdaRows : source.Rows)[i.Id].ToLookup(r => r.Triwulan);
        var quarters = figure.Triwulan.Select(t => new RekapTriwulan(t.Triwulan, t.Target.Lower, t.Target.Upper, t.Realisasi, t.Status, t.Counted, t.NotCounted,
            rows[t.Triwulan].Select(r => new RekapSumber(r.Triwulan, r.FormId, r.BarisId, r.UnitKerjaId, r.Unit, r.Status)).ToList())).ToList();
        var yearlyUpper = i.Settings.RollUp == RollUp.Kumulatif ? null : i.Yearly?.Upper;
        var row = new RekapIndikator(i.Id, i.Kode, i.Nama, i.Satuan, i.IsIku, i.Settings.Polarity, i.Settings.RollUp, RollUpRule(i.Settings.RollUp),
            i.Settings.Decimals, targets.Source, targets.AnnualTarget, yearlyUpper, i.TargetAkhir, i.KondisiAwal,
            figure.Target?.Lower, figure.Target is { IsBand: true } band ? band.Upper : null, figure.Realisasi, figure.FullTarget?.Lower,
            Persen.From(figure.Capaian, display), RekapPredikat.From(display.Predikat(settings.Predikat, figure.Capaian)),
            figure.Progress is { } progress ? Persen.From(progress, display) : null,
            !figure.HasData, !figure.IsComplete, figure.Filled, figure.Missing, figure.Status,
            cakupan.Tingkat == RekapTingkat.Unit && i.Units.Any(u => !cakupan.SubtreeUnits.Contains(u)), quarters);
        return (row, figure.Capaian);
    }

    /// <summary>The Pemda level reports each OPD's key indicators; an OPD that marked none, all of them (as the Pemda-wide round does).</summary>
    private static IReadOnlyList<IndikatorPlan> PemdaIndicators(IReadOnlyList<IndikatorPlan> all) =>
        all.GroupBy(i => i.PerangkatDaerahId).SelectMany(g => g.Any(i => i.IsIku) ? g.Where(i => i.IsIku) : g).ToList();

    private static IEnumerable<RekapCheck> PemdaRoundMissing(Periode p, int tahun, CapaianSource source, IReadOnlyList<IndikatorPlan> indikator)
    {
        if (indikator.Count == 0) yield break;
        var held = indikator.SelectMany(i => source.PemdaRows[i.Id]).Select(r => r.Triwulan).ToHashSet();
        foreach (var q in p.Covered.Where(q => !held.Contains(q)))
            yield return new RekapCheck(CheckSeverity.Peringatan, CheckCodes.PemdaBelumDibuka,
                $"{Periode.Triwulan(q).Label} {tahun}: pengumpulan data tingkat Pemda belum dibuka, sehingga triwulan ini belum ada data di rekap Pemda.",
                null, Periode.Triwulan(q).Label, null);
    }

    public static bool WholeYear(Periode p) => p.Covered.Count == 4;

    public static string RollUpRule(RollUp r) => r switch
    {
        RollUp.Kumulatif => "Kumulatif: jumlah realisasi triwulan terhadap jumlah target",
        RollUp.NilaiAkhir => "Nilai akhir: triwulan terakhir yang terisi",
        _ => "Rata-rata: rata-rata realisasi terhadap rata-rata target",
    };

    private static string Describe(RekapCakupan c) => c.Tingkat switch
    {
        RekapTingkat.Unit => $"{c.Unit} — {c.PerangkatDaerah}",
        RekapTingkat.PerangkatDaerah => c.PerangkatDaerah!,
        _ => c.PerangkatDaerah is { } opd ? $"{c.Pemda} — {opd}" : c.Pemda,
    };
}
