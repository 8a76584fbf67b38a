using System.Globalization;
using System.Net;
using System.Text;
using Kinerja.Domain.Sop;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// The swimlane flowchart of an SOP over every step row and actor column of the printed table
/// (PermenPANRB 35/2012): terminators "Mulai"/"Selesai", a process box or decision diamond per step in
/// its first actor's column (and a linked copy in each further actor's column), and orthogonal arrows
/// for the flow — Ya/Tidak labelled, back-arrows included. Rows come from <see cref="SopPrintLayout"/>,
/// so the drawing lines up with the HTML rows. It is drawn once and cut into one SVG per printed page;
/// where an arrow crosses a page break, an off-page connector with the same letter marks both ends,
/// as printed SOPs do.
/// </summary>
public sealed class SopFlowchart
{
    private const double BoxHalfHeight = 15, DiamondHalfHeight = 21, TerminatorHalfHeight = 10;

    private readonly SopPrintLayout _layout;
    private readonly SopDefinition _d;
    private readonly Dictionary<string, int> _column;
    private readonly Dictionary<int, int> _row;
    private readonly Dictionary<(int Column, int Side), int> _lanes = [];
    // Everything drawn, with the vertical extent that decides on which printed page(s) it appears.
    private readonly List<Item> _lines = [], _shapes = [];
    private readonly List<(double X, double Top, double Bottom)> _verticals = [];
    private int _paths;

    private sealed record Item(double Top, double Bottom, string Markup);

    private SopFlowchart(SopPrintLayout layout)
    {
        _layout = layout;
        _d = layout.Definition;
        _column = _d.Pelaksana.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _row = _d.Steps.Select((s, i) => (s.No, i)).ToDictionary(x => x.No, x => x.i);
    }

    /// <summary>One SVG per page of <see cref="SopPrintLayout.Pages"/>, in order.</summary>
    public static IReadOnlyList<string> Render(SopPrintLayout layout) => new SopFlowchart(layout).Build();

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

    private IReadOnlyList<string> Build()
    {
        DrawGrid();
        Terminator(Mulai, "Mulai");
        Terminator(Selesai, "Selesai");
        Connect(Mulai, Target(StepTarget.Step(_d.Start.StepNo)), null, bottom: true, side: 1);
        for (var row = 0; row < _d.Steps.Count; row++) DrawStep(row);

        var pages = _layout.Pages;
        var connectors = pages.Select(_ => new StringBuilder()).ToList();
        var letter = 0;
        for (var k = 0; k + 1 < pages.Count; k++)
        {
            var cut = pages[k].Bottom;
            foreach (var v in _verticals.Where(v => v.Top < cut && v.Bottom > cut).OrderBy(v => v.X))
            {
                var mark = ((char)('A' + letter++ % 26)).ToString();
                connectors[k].Append(OffPage(v.X, cut - 9, mark));
                connectors[k + 1].Append(OffPage(v.X, pages[k + 1].Top + 9, mark));
            }
        }
        return pages.Select((p, k) => Svg(p, k, connectors[k].ToString())).ToList();
    }

    private string Svg(SopPrintPage page, int k, string connectors)
    {
        var svg = new StringBuilder();
        var marker = $"panah-{k + 1}";
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bagan-alir\" data-halaman=\"{k + 1}\" width=\"100%\" "))
           .Append(Invariant($"height=\"{page.Height}\" viewBox=\"0 {page.Top} {_layout.Width} {page.Height}\" preserveAspectRatio=\"none\" "))
           .Append(Invariant($"role=\"img\" aria-label=\"Bagan alir SOP, halaman {k + 1}\">"));
        svg.Append($"<defs><marker id=\"{marker}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
           .Append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#000\"/></marker></defs>");
        bool On(Item i) => i.Bottom > page.Top && i.Top < page.Bottom;
        foreach (var i in _lines.Where(On)) svg.Append(i.Markup.Replace("url(#panah)", $"url(#{marker})"));
        // A shape belongs to the page of its centre, so each step is drawn exactly once.
        foreach (var i in _shapes.Where(i => (i.Top + i.Bottom) / 2 >= page.Top && (i.Top + i.Bottom) / 2 < page.Bottom)) svg.Append(i.Markup);
        svg.Append(connectors).Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The off-page connector: a pentagon pointing down the flow, with the letter both ends share.</summary>
    private static string OffPage(double x, double y, string mark) =>
        Invariant($"<g class=\"penghubung\" data-penghubung=\"{mark}\"><polygon points=\"{x - 7},{y - 7} {x + 7},{y - 7} {x + 7},{y + 3} {x},{y + 8} {x - 7},{y + 3}\"/>") +
        Invariant($"<text x=\"{x}\" y=\"{y + 2}\" text-anchor=\"middle\">{mark}</text></g>");

    private void DrawGrid()
    {
        for (var c = 1; c < _d.Pelaksana.Count; c++)
            _lines.Add(new(0, _layout.Height, Invariant($"<line class=\"kisi\" x1=\"{c * _layout.ColumnWidth}\" y1=\"0\" x2=\"{c * _layout.ColumnWidth}\" y2=\"{_layout.Height}\"/>")));
        for (var r = 1; r < _d.Steps.Count; r++)
            _lines.Add(new(_layout.RowTop(r) - 1, _layout.RowTop(r) + 1,
                Invariant($"<line class=\"kisi\" x1=\"0\" y1=\"{_layout.RowTop(r)}\" x2=\"{_layout.Width}\" y2=\"{_layout.RowTop(r)}\"/>")));
    }

    private void DrawStep(int row)
    {
        var step = _d.Steps[row];
        var node = StepNode(row);
        var companions = step.Pelaksana.Skip(1).Select(id => _column[id]).ToList();
        foreach (var c in companions)
        {
            var dir = Math.Sign(c - node.Column);
            _lines.Add(new(node.Cy - 1, node.Cy + 1,
                Invariant($"<line class=\"serta\" x1=\"{Cx(node.Column) + dir * HalfWidth}\" y1=\"{node.Cy}\" x2=\"{Cx(c) - dir * HalfWidth}\" y2=\"{node.Cy}\"/>")));
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
        var points = new List<(double X, double Y)>();
        if (bottom && Downward(from, to))
        {
            var (y1, y2) = (from.Cy + from.HalfHeight, to.Cy - to.HalfHeight);
            var turn = to.Row == from.Row + 1 ? (y1 + y2) / 2 : y2 - 12;
            points.AddRange([(fx, y1), (fx, turn), (tx, turn), (tx, y2)]);
            if (label is not null) Label(fx + 4, y1 + 11, label, "start");
        }
        else
        {
            // Out to a lane at the edge of the source column, along it, then into the target's side.
            var lane = Lane(from.Column, side);
            if (bottom)
            {
                var y1 = from.Cy + from.HalfHeight;
                points.AddRange([(fx, y1), (fx, y1 + 8), (lane, y1 + 8)]);
                if (label is not null) Label(fx + 4, y1 + 11, label, "start");
            }
            else
            {
                var x1 = fx + side * HalfWidth;
                points.AddRange([(x1, from.Cy), (lane, from.Cy)]);
                if (label is not null) Label(x1 + side * 3, from.Cy - 4, label, side > 0 ? "start" : "end");
            }
            var entry = lane < tx ? tx - HalfWidth : tx + HalfWidth;
            points.AddRange([(lane, to.Cy), (entry, to.Cy)]);
        }
        for (var i = 1; i < points.Count; i++)
            if (points[i].X == points[i - 1].X && points[i].Y != points[i - 1].Y)
                _verticals.Add((points[i].X, Math.Min(points[i].Y, points[i - 1].Y), Math.Max(points[i].Y, points[i - 1].Y)));
        var d = "M" + string.Join(" L", points.Select(p => Invariant($"{p.X},{p.Y}")));
        var ys = points.Select(p => p.Y).ToList();
        _lines.Add(new(ys.Min() - 1, ys.Max() + 1, $"<path class=\"alur\" data-alur=\"{++_paths}\" d=\"{d}\" marker-end=\"url(#panah)\"/>"));
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
        _shapes.Add(new(y - hh, y + hh, step.IsDecision
            ? Invariant($"<polygon class=\"{css}\" data-langkah=\"{step.No}\" points=\"{x},{y - hh} {x + hw},{y} {x},{y + hh} {x - hw},{y}\">{title}</polygon>")
            : Invariant($"<rect class=\"{css}\" data-langkah=\"{step.No}\" x=\"{x - hw}\" y=\"{y - hh}\" width=\"{2 * hw}\" height=\"{2 * hh}\">{title}</rect>")));
    }

    private void Terminator(Node n, string text)
    {
        var (x, y, hw, hh) = (Cx(n.Column), n.Cy, HalfWidth, n.HalfHeight);
        _shapes.Add(new(y - hh, y + hh,
            Invariant($"<rect class=\"terminator\" x=\"{x - hw}\" y=\"{y - hh}\" width=\"{2 * hw}\" height=\"{2 * hh}\" rx=\"{hh}\" ry=\"{hh}\"/>") +
            Invariant($"<text class=\"terminator-teks\" x=\"{x}\" y=\"{y + 3.5}\" text-anchor=\"middle\">{text}</text>")));
    }

    private void Label(double x, double y, string text, string anchor) =>
        _shapes.Add(new(y - 4, y + 4, Invariant($"<text class=\"cabang\" x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\">{text}</text>")));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
