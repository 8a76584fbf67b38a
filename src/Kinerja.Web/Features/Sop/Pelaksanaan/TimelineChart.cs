using System.Globalization;
using System.Net;
using System.Text;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>
/// The run's timeline as server-side SVG: per step run, the standard (grey) above the actual (green, red when
/// late or overdue). Each row is scaled to its own larger amount, in the step's own measure: a 15-minute step
/// and a 120-day step cannot share one axis and both stay readable (docs/decisions.md).
/// </summary>
public static class TimelineChart
{
    private const int Width = 1140, LabelWidth = 330, BarWidth = 440, RowHeight = 36, Top = 28;

    public static string Render(TimelineDto t, Func<string, string> L)
    {
        var rows = t.Baris.SelectMany(b => b.Runs.Count == 0 ? [(b, (LangkahDto?)null)] : b.Runs.Select(r => (b, (LangkahDto?)r))).ToList();
        var height = Top + rows.Count * RowHeight + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"linimasa\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{E(L("Linimasa"))}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"16\" class=\"judul\">■ {E(L("Waktu baku"))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 140}\" y=\"16\" class=\"judul aktual\">■ {E(L("Waktu aktual"))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 290}\" y=\"16\" class=\"judul telat\">■ {E(L("Terlambat"))}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (b, run) = rows[i];
            var y = Top + i * RowHeight;
            var label = $"{b.StepNo}. {Short(b.Kegiatan)}" + (run is { Putaran: > 1 } ? $" ({L("putaran")} {run.Putaran})" : "");
            svg.Append(CultureInfo.InvariantCulture, $"<g data-step=\"{b.StepNo}\"><text x=\"4\" y=\"{y + 21}\" class=\"label\">{E(label)}</text>");
            if (run is null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{y + 21}\" class=\"belum\">{E(L("belum dilalui"))} · {E(b.WaktuBaku)}</text></g>");
                continue;
            }
            var scale = (double)Math.Max(1, Math.Max(run.Standar, run.Aktual));
            var std = Math.Max(2, BarWidth * run.Standar / scale);
            var act = Math.Max(2, BarWidth * run.Aktual / scale);
            var late = run.Terlambat || run.LewatTenggat;
            svg.Append(CultureInfo.InvariantCulture, $"<rect data-testid=\"bar-standar\" x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{std:0.#}\" height=\"11\" class=\"standar\"><title>{E(run.WaktuBaku)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect data-testid=\"bar-aktual\" x=\"{LabelWidth}\" y=\"{y + 18}\" width=\"{act:0.#}\" height=\"11\" class=\"aktual{(late ? " terlambat" : "")}{(run.SelesaiUtc is null ? " berjalan" : "")}\"><title>{E(run.AktualTeks)}</title></rect>");
            var note = $"{run.WaktuBaku} / {run.AktualTeks}" + (late ? $" · {L("Terlambat")} {run.KeterlambatanTeks}" : "") + (run.SelesaiUtc is null ? $" · {L("Berjalan")}" : "");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + 21}\" class=\"nilai{(late ? " telat" : "")}\">{E(note)}</text></g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Short(string s) => s.Length <= 44 ? s : s[..42] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
