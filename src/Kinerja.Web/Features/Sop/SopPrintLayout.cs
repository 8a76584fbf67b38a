using Kinerja.Domain.Sop;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// The geometry shared by the printed step table and its flowchart. The flowchart is one SVG
/// spanning every step row, so each row gets a fixed height, estimated from its longest text;
/// the page clips a cell that would outgrow it rather than let the rows drift from the drawing.
/// </summary>
public sealed class SopPrintLayout
{
    // Widths in CSS pixels; the whole table fits A4 landscape (277 mm ≈ 1047 px) with room to spare.
    public const int NoWidth = 30, KegiatanWidth = 210, KelengkapanWidth = 130, WaktuWidth = 62, OutputWidth = 120, KeteranganWidth = 78;
    public const int FlowchartWidth = 400;
    public const int TerminatorBand = 30;
    private const double CharWidth = 5.9, LineHeight = 13.5;
    private const int MinRow = 66, Padding = 12;

    public SopPrintLayout(SopDefinition d)
    {
        Definition = d;
        ColumnWidth = Math.Clamp(FlowchartWidth / d.Pelaksana.Count, 72, 120);
        RowHeights = d.Steps.Select((s, i) => RowHeight(s) + (i == 0 ? TerminatorBand : 0) + (i == d.Steps.Count - 1 ? TerminatorBand : 0)).ToList();
    }

    public SopDefinition Definition { get; }

    public int ColumnWidth { get; }

    public IReadOnlyList<int> RowHeights { get; }

    public int Width => ColumnWidth * Definition.Pelaksana.Count;

    public int Height => RowHeights.Sum();

    public int RowTop(int row) => RowHeights.Take(row).Sum();

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
