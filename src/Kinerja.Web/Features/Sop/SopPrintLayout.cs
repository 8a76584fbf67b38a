using Kinerja.Domain.Sop;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// The geometry shared by the printed step table and its flowchart. The flowchart is drawn once over
/// every step row, so each row gets a fixed height, estimated from its longest text; the page clips a
/// cell that would outgrow it rather than let the rows drift from the drawing. The rows are then cut
/// into A4 pages (<see cref="Pages"/>): the table repeats its header on each page and the flowchart is
/// cut with its rows, never inside one.
/// </summary>
public sealed class SopPrintLayout
{
    // Widths in CSS pixels; the whole table fits A4 landscape (277 mm ≈ 1047 px) with room to spare.
    public const int NoWidth = 30, KegiatanWidth = 210, KelengkapanWidth = 130, WaktuWidth = 62, OutputWidth = 120, KeteranganWidth = 78;
    public const int FlowchartWidth = 400;
    public const int TerminatorBand = 30;
    private const double CharWidth = 5.9, LineHeight = 13.5;
    private const int MinRow = 66, Padding = 12;

    // A4 landscape inside 10 mm margins is 190 mm ≈ 718 CSS px high; the table header takes up to ~70 px
    // (actor titles on three lines), the last page also holds "Jumlah waktu" and the note under it.
    public const int PageRowsHeight = 600, LastPageRowsHeight = 540;

    public SopPrintLayout(SopDefinition d)
    {
        Definition = d;
        ColumnWidth = Math.Clamp(FlowchartWidth / d.Pelaksana.Count, 72, 120);
        RowHeights = d.Steps.Select((s, i) => RowHeight(s) + (i == 0 ? TerminatorBand : 0) + (i == d.Steps.Count - 1 ? TerminatorBand : 0)).ToList();
        Pages = Paginate();
    }

    /// <summary>The printed pages of the step table, in order; each holds whole rows.</summary>
    public IReadOnlyList<SopPrintPage> Pages { get; }

    public SopDefinition Definition { get; }

    public int ColumnWidth { get; }

    public IReadOnlyList<int> RowHeights { get; }

    public int Width => ColumnWidth * Definition.Pelaksana.Count;

    public int Height => RowHeights.Sum();

    public int RowTop(int row) => RowHeights.Take(row).Sum();

    private List<SopPrintPage> Paginate()
    {
        var pages = new List<(int First, int Count)>();
        var (first, used) = (0, 0);
        for (var r = 0; r < RowHeights.Count; r++)
        {
            if (r > first && used + RowHeights[r] > PageRowsHeight)
            {
                pages.Add((first, r - first));
                (first, used) = (r, 0);
            }
            used += RowHeights[r];
        }
        pages.Add((first, RowHeights.Count - first));
        // The last page must leave room for the total: move its last rows on to a page of their own.
        var (lastFirst, lastCount) = pages[^1];
        var moved = 0;
        while (lastCount - moved > 1 && RowHeights.Skip(lastFirst).Take(lastCount - moved).Sum() > LastPageRowsHeight) moved++;
        if (moved > 0)
        {
            pages[^1] = (lastFirst, lastCount - moved);
            pages.Add((lastFirst + lastCount - moved, moved));
        }
        return pages.Select(p => new SopPrintPage(p.First, p.Count, RowTop(p.First), RowHeights.Skip(p.First).Take(p.Count).Sum())).ToList();
    }

    private static int RowHeight(SopStep s)
    {
        var lines = new[]
        {
            Lines(s.Kegiatan, KegiatanWidth), Lines(s.MutuBaku.Kelengkapan, KelengkapanWidth), Lines(s.MutuBaku.Waktu.ToString(), WaktuWidth),
            Lines(s.MutuBaku.Output, OutputWidth), Lines(s.Keterangan, KeteranganWidth),
        }.Max();
        return Math.Max(MinRow, (int)Math.Ceiling(lines * LineHeight) + Padding);
    }

    /// <summary>A generous estimate of wrapped lines: whole words, an average glyph a little wider than real.</summary>
    private static int Lines(string? text, int width)
    {
        if (string.IsNullOrWhiteSpace(text)) return 1;
        var perLine = Math.Max(1, (int)((width - 10) / CharWidth));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var (count, used) = (1, 0);
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var len = word.Length;
                if (used > 0 && used + 1 + len > perLine) { count++; used = 0; }
                used += (used > 0 ? 1 : 0) + len;
                while (used > perLine) { count++; used -= perLine; }
            }
            lines += count;
        }
        return lines;
    }
}

/// <summary>One printed page of the step table: rows First … First+Count-1, at Top in the flowchart's coordinates.</summary>
public sealed record SopPrintPage(int First, int Count, int Top, int Height)
{
    public int Bottom => Top + Height;
}
