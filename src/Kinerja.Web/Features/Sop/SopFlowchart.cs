using System.Globalization;
using System.Net;
using System.Text;
using Kinerja.Domain.Sop;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// The swimlane flowchart of an SOP as one SVG spanning every step row and actor column of the
/// printed table (PermenPANRB 35/2012): terminators "Mulai"/"Selesai", a process box or decision
/// diamond per step in its first actor's column (and a linked copy in each further actor's
/// column), and orthogonal arrows for the flow — Ya/Tidak labelled, back-arrows included.
/// Rows come from <see cref="SopPrintLayout"/>, so the drawing lines up with the HTML rows.
/// </summary>
public sealed class SopFlowchart
{
    private const double BoxHalfHeight = 15, DiamondHalfHeight = 21, TerminatorHalfHeight = 10;

    private readonly SopPrintLayout _layout;
    private readonly SopDefinition _d;
    private readonly Dictionary<string, int> _column;
    private readonly Dictionary<int, int> _row;
    private readonly Dictionary<(int Column, int Side), int> _lanes = [];
    private readonly StringBuilder _shapes = new(), _lines = new();

    private SopFlowchart(SopPrintLayout layout)
    {
        _layout = layout;
        _d = layout.Definition;
        _column = _d.Pelaksana.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _row = _d.Steps.Select((s, i) => (s.No, i)).ToDictionary(x => x.No, x => x.i);
    }

    public static string Render(SopPrintLayout layout) => new SopFlowchart(layout).Build();

    private double HalfWidth => (_layout.ColumnWidth - 30) / 2.0;
    private double Cx(int column) => column * _layout.ColumnWidth + _layout.ColumnWidth / 2.0;
    private int Last => _d.Steps.Count - 1;

    /// <summary>A node of the drawing: a step's main shape or a terminator (row -1 = Mulai, row Count = Selesai).</summary>
    private sealed record Node(int Row, int Column, double Cy, double HalfHeight);

    private Node StepNode(int row)
    {
        var step = _d.Steps[row];
        var top = _layout.RowTop(row) + (row == 0 ? SopPrintLayout.TerminatorBand : 0);
        var bottom = _layout.RowTop(row) + _layout.RowHeights[row] - (row == Last ? SopPrintLayout.TerminatorBand : 0);
        return new Node(row, _column[step.Pelaksana[0]], (top + bottom) / 2.0, step.IsDecision ? DiamondHalfHeight : BoxHalfHeight);
    }

    private Node Mulai => new(-1, _column[_d.Start.PelaksanaId ?? _d.Step(_d.Start.StepNo).Pelaksana[0]], SopPrintLayout.TerminatorBand / 2.0 + 2, TerminatorHalfHeight);

    private Node Selesai => new(_d.Steps.Count, _column[_d.End.PelaksanaId ?? _d.Steps[Last].Pelaksana[0]],
        _layout.Height - SopPrintLayout.TerminatorBand / 2.0 - 2, TerminatorHalfHeight);

    private Node Target(StepTarget t) => t.StepNo is int no ? StepNode(_row[no]) : Selesai;

    private string Build()
    {
        var (w, h) = (_layout.Width, _layout.Height);
        DrawGrid();
        Terminator(Mulai, "Mulai");
        Terminator(Selesai, "Selesai");
        Connect(Mulai, Target(StepTarget.Step(_d.Start.StepNo)), null, bottom: true, side: 1);
        for (var row = 0; row < _d.Steps.Count; row++) DrawStep(row);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bagan-alir\" width=\"100%\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Bagan alir SOP\">"));
        svg.Append("<defs><marker id=\"panah\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
           .Append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#000\"/></marker></defs>");
        svg.Append(_lines).Append(_shapes).Append("</svg>");
        return svg.ToString();
    }

    private void DrawGrid()
    {
        for (var c = 1; c < _d.Pelaksana.Count; c++)
            _lines.Append(Invariant($"<line class=\"kisi\" x1=\"{c * _layout.ColumnWidth}\" y1=\"0\" x2=\"{c * _layout.ColumnWidth}\" y2=\"{_layout.Height}\"/>"));
        for (var r = 1; r < _d.Steps.Count; r++)
            _lines.Append(Invariant($"<line class=\"kisi\" x1=\"0\" y1=\"{_layout.RowTop(r)}\" x2=\"{_layout.Width}\" y2=\"{_layout.RowTop(r)}\"/>"));
    }

    private void DrawStep(int row)
    {
        var step = _d.Steps[row];
        var node = StepNode(row);
        var companions = step.Pelaksana.Skip(1).Select(id => _column[id]).ToList();
        foreach (var c in companions)
        {
            var dir = Math.Sign(c - node.Column);
            _lines.Append(Invariant($"<line class=\"serta\" x1=\"{Cx(node.Column) + dir * HalfWidth}\" y1=\"{node.Cy}\" x2=\"{Cx(c) - dir * HalfWidth}\" y2=\"{node.Cy}\"/>"));
            Shape(step, node with { Column = c }, companion: true);
        }
        Shape(step, node, companion: false);

        // Away from the step's own further actors, so a side arrow does not run over their link.
        var freeSide = companions.Any(c => c > node.Column) || node.Column == _d.Pelaksana.Count - 1 ? -1 : 1;
        if (step.Decision is { } decision)
        {
            var yaDown = Downward(node, Target(decision.Ya));
            var tidakDown = !yaDown && Downward(node, Target(decision.Tidak));
            Connect(node, Target(decision.Ya), "Ya", bottom: yaDown || !tidakDown && !Downward(node, Target(decision.Tidak)), side: SideToward(node, Target(decision.Ya), freeSide));
            Connect(node, Target(decision.Tidak), "Tidak", bottom: tidakDown, side: SideToward(node, Target(decision.Tidak), freeSide));
        }
        else
        {
            Connect(node, Target(_d.NextOf(step)[0]), null, bottom: true, side: freeSide);
        }
    }

    /// <summary>Can the arrow go straight down its own column: the target is below and nothing stands in between?</summary>
    private bool Downward(Node from, Node to) =>
        to.Row == from.Row + 1 || (to.Row > from.Row && Enumerable.Range(from.Row + 1, Math.Max(0, Math.Min(to.Row, _d.Steps.Count) - from.Row - 1))
            .All(r => !_d.Steps[r].Pelaksana.Any(id => _column[id] == from.Column)));

    private static int SideToward(Node from, Node to, int freeSide) =>
        to.Column < from.Column ? -1 : to.Column > from.Column ? 1 : freeSide;

    private void Connect(Node from, Node to, string? label, bool bottom, int side)
    {
        var (fx, tx) = (Cx(from.Column), Cx(to.Column));
        var path = new StringBuilder();
        if (bottom && Downward(from, to))
        {
            var (y1, y2) = (from.Cy + from.HalfHeight, to.Cy - to.HalfHeight);
            var turn = to.Row == from.Row + 1 ? (y1 + y2) / 2 : y2 - 12;
            path.Append(Invariant($"M{fx},{y1} V{turn} H{tx} V{y2}"));
            if (label is not null) Label(fx + 4, y1 + 11, label, "start");
        }
        else
        {
            // Out to a lane at the edge of the source column, along it, then into the target's side.
            var lane = Lane(from.Column, side);
            if (bottom)
            {
                var y1 = from.Cy + from.HalfHeight;
                path.Append(Invariant($"M{fx},{y1} V{y1 + 8} H{lane}"));
                if (label is not null) Label(fx + 4, y1 + 11, label, "start");
            }
            else
            {
                var x1 = fx + side * HalfWidth;
                path.Append(Invariant($"M{x1},{from.Cy} H{lane}"));
                if (label is not null) Label(x1 + side * 3, from.Cy - 4, label, side > 0 ? "start" : "end");
            }
            var entry = lane < tx ? tx - HalfWidth : tx + HalfWidth;
            path.Append(Invariant($" V{to.Cy} H{entry}"));
        }
        _lines.Append($"<path class=\"alur\" d=\"{path}\" marker-end=\"url(#panah)\"/>");
    }

    /// <summary>Each new lane in a column side sits a little further in, so parallel arrows stay apart.</summary>
    private double Lane(int column, int side)
    {
        var k = _lanes.TryGetValue((column, side), out var n) ? n : 0;
        _lanes[(column, side)] = k + 1;
        var inset = 5 + 4 * k;
        return side > 0 ? (column + 1) * _layout.ColumnWidth - inset : column * _layout.ColumnWidth + inset;
    }

    private void Shape(SopStep step, Node n, bool companion)
    {
        var (x, y, hw, hh) = (Cx(n.Column), n.Cy, HalfWidth, n.HalfHeight);
        var kind = step.IsDecision ? "keputusan" : "proses";
        var css = companion ? kind + "-serta" : kind;
        var title = $"<title>{WebUtility.HtmlEncode($"{step.No}. {step.Kegiatan}")}</title>";
        _shapes.Append(step.IsDecision
            ? Invariant($"<polygon class=\"{css}\" data-langkah=\"{step.No}\" points=\"{x},{y - hh} {x + hw},{y} {x},{y + hh} {x - hw},{y}\">{title}</polygon>")
            : Invariant($"<rect class=\"{css}\" data-langkah=\"{step.No}\" x=\"{x - hw}\" y=\"{y - hh}\" width=\"{2 * hw}\" height=\"{2 * hh}\">{title}</rect>"));
    }

    private void Terminator(Node n, string text)
    {
        var (x, y, hw, hh) = (Cx(n.Column), n.Cy, HalfWidth, n.HalfHeight);
        _shapes.Append(Invariant($"<rect class=\"terminator\" x=\"{x - hw}\" y=\"{y - hh}\" width=\"{2 * hw}\" height=\"{2 * hh}\" rx=\"{hh}\" ry=\"{hh}\"/>"));
        _shapes.Append(Invariant($"<text class=\"terminator-teks\" x=\"{x}\" y=\"{y + 3.5}\" text-anchor=\"middle\">{text}</text>"));
    }

    private void Label(double x, double y, string text, string anchor) =>
        _shapes.Append(Invariant($"<text class=\"cabang\" x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\">{text}</text>"));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
