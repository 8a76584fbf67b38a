using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Domain.Rekap;

namespace Kinerja.Web.Features.Rekap;

/// <summary>
/// The budget lines of one OPD for a period: sub-kegiatan from the forms' realisasi anggaran, kegiatan
/// and programmes adding up their children, each against the plan's pagu of the year (at the unit level
/// a parent's pagu is the sum of the lines shown under it, since the rest of its budget is another unit's).
/// </summary>
public static class RekapAnggaranTree
{
    public sealed record Result(List<RekapAnggaran> Lines, RekapKeuangan Total, List<RekapCheck> Checks);

    public static Result Build(CapaianSource source, int opdId, string opdNama, Periode periode, bool includeSubmitted,
        IReadOnlySet<int>? subtree, CapaianDisplay display)
    {
        var nodes = source.Program.Where(p => p.PerangkatDaerahId == opdId).ToList();
        var children = nodes.ToLookup(p => p.ParentId);
        var lines = new List<RekapAnggaran>();
        var checks = new List<RekapCheck>();

        (AnggaranTriwulan[] Quarters, long Pagu, PrintedAnggaran Printed)? Visit(ProgramRow node)
        {
            AnggaranTriwulan[] quarters;
            long pagu;
            var kept = new List<(AnggaranTriwulan[] Quarters, long Pagu, PrintedAnggaran Printed)>();
            var at = lines.Count;
            if (node.Level == ProgramLevel.SubKegiatan)
            {
                var rows = source.AnggaranRows[node.Id].ToList();
                var mine = subtree is null || (node.UnitKerjaId is int u && subtree.Contains(u)) || rows.Count > 0;
                if (!mine || (node.Pagu is null && rows.Count == 0)) return null;
                quarters = AnggaranFigures.Quarters(rows.Select(r => new AnggaranFigure(r.Triwulan, r.Realisasi, r.Status, r.Pagu)), includeSubmitted);
                pagu = node.Pagu ?? 0;
                var figure = AnggaranFigures.Compute(periode, pagu, quarters);
                var printed = Printed(node, opdNama, periode, pagu, figure, rows.Select(r => r.Pagu).FirstOrDefault(c => c != pagu, pagu));
                lines.Add(Line(node, figure, display, rows));
                checks.AddRange(CrossFoot.Anggaran(printed));
                return (quarters, pagu, printed);
            }
            lines.Add(null!); // a placeholder keeps the parent above its children
            foreach (var child in children[node.Id].OrderBy(c => c.Kode, KodeOrder.Instance))
                if (Visit(child) is { } k) kept.Add(k);
            if (kept.Count == 0 && (node.Pagu is null || subtree is not null))
            {
                lines.RemoveRange(at, lines.Count - at);
                return null;
            }
            quarters = AnggaranFigures.Sum(kept.Select(k => (IReadOnlyList<AnggaranTriwulan>)k.Quarters).ToList());
            pagu = subtree is null ? node.Pagu ?? kept.Sum(k => k.Pagu) : kept.Sum(k => k.Pagu);
            var parent = AnggaranFigures.Compute(periode, pagu, quarters);
            var printedParent = Printed(node, opdNama, periode, pagu, parent, null);
            lines[at] = Line(node, parent, display, []);
            checks.AddRange(CrossFoot.Anggaran(printedParent));
            checks.AddRange(CrossFoot.AnggaranInduk(printedParent, kept.Select(k => k.Printed).ToList()));
            return (quarters, pagu, printedParent);
        }

        var roots = children[null].OrderBy(c => c.Kode, KodeOrder.Instance).Select(Visit).Where(r => r is not null).Select(r => r!.Value).ToList();
        var totalPagu = roots.Sum(r => r.Pagu);
        var realised = roots.Where(r => r.Printed.Realisasi is not null).ToList();
        long? total = realised.Count == 0 ? null : realised.Sum(r => r.Printed.Realisasi!.Value);
        return new Result(lines, new RekapKeuangan(totalPagu, total, Persen.From(Serapan.Compute(totalPagu, total), display)), checks);
    }

    /// <summary>Pagu, realisasi and serapan of the programmes serving a sasaran; null when none does.</summary>
    public static RekapKeuangan? ForSasaran(IEnumerable<RekapAnggaran> lines, int sasaranId, CapaianDisplay display)
    {
        var programmes = lines.Where(l => l.Level == ProgramLevel.Program && l.SasaranId == sasaranId).ToList();
        if (programmes.Count == 0) return null;
        var pagu = programmes.Sum(l => l.Pagu);
        var realised = programmes.Where(l => l.Realisasi is not null).ToList();
        long? realisasi = realised.Count == 0 ? null : realised.Sum(l => l.Realisasi!.Value);
        return new RekapKeuangan(pagu, realisasi, Persen.From(Serapan.Compute(pagu, realisasi), display));
    }

    private static PrintedAnggaran Printed(ProgramRow node, string opd, Periode periode, long pagu, AnggaranPeriode figure, long? paguFormulir) =>
        new(node.Kode, opd, periode, pagu, figure.Triwulan.Select(q => q.Realisasi).ToArray(), figure.Realisasi, paguFormulir);

    private static RekapAnggaran Line(ProgramRow node, AnggaranPeriode figure, CapaianDisplay display, IReadOnlyList<AnggaranRow> rows) =>
        new(node.Id, node.ParentId, node.Level, node.Kode, node.Nama, node.SasaranId, figure.Pagu, figure.Realisasi,
            Persen.From(figure.Serapan, display), !figure.IsComplete, figure.Status,
            figure.Triwulan.Select(q => new RekapAnggaranTriwulan(q.Triwulan, q.Realisasi, q.Status,
                rows.Where(r => r.Triwulan == q.Triwulan).Select(r => new RekapSumber(r.Triwulan, r.FormId, r.BarisId, r.UnitKerjaId, r.Unit, r.Status)).ToList()))
                .ToList());
}
