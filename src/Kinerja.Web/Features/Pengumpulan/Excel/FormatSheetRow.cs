using Kinerja.Domain.Capaian;
using Kinerja.Web.Documents;

namespace Kinerja.Web.Features.Pengumpulan.Excel;

/// <summary>
/// One data row of an uploaded form sheet, read into the grid's save request. Every problem of the
/// row is collected (column and why), so the user fixes a row once. Only the form of each cell is
/// checked here, plus what the file alone can get wrong (the row's id and code, the indicator's
/// precision); the rules of a save stay <see cref="SaveFormat"/>'s.
/// </summary>
internal static class FormatSheetRow
{
    public sealed class RowError(string[] messages) : Exception(string.Join(" ", messages))
    {
        public string[] Messages { get; } = messages;
    }

    public static SaveIndikatorRow Indikator(SheetCell[] cells, FormatDataKinerja form, int rowNumber)
    {
        var r = new Reader(cells, FormatSheet.IndikatorColumns);
        var id = r.Whole("ID");
        var version = r.Whole("Versi");
        var row = id is int i ? form.Indikator.FirstOrDefault(x => x.Id == i) : null;
        if (id is not null && row is null) r.Error("ID", $"baris dengan ID {id} tidak ada di formulir ini (baris disalin dari berkas lain?); baris baru tidak dapat ditambahkan dari berkas.");
        if (id is null && r.Problems.Count == 0) r.Error("ID", "ID baris kosong; baris baru tidak dapat ditambahkan dari berkas.");
        if (row is not null && !string.Equals(r.Text("Kode"), row.Indikator.Kode, StringComparison.OrdinalIgnoreCase))
            r.Error("Kode", $"kode \"{r.Text("Kode")}\" tidak sesuai dengan baris ini (indikator {row.Indikator.Kode}); jangan memindahkan isi antar baris.");
        var realisasi = r.Number("Realisasi");
        if (realisasi is decimal v && row is not null)
        {
            var decimals = row.Indikator.Decimals;
            if (v.Scale > decimals)
                r.Error("Realisasi", decimals == 0
                    ? $"{Xlsx.NumberText(v)} harus bilangan bulat (indikator {row.Indikator.Kode} tanpa desimal)."
                    : $"{Xlsx.NumberText(v)} memiliki {v.Scale} angka desimal; indikator {row.Indikator.Kode} paling banyak {decimals}.");
        }
        var texts = new[] { "Faktor Pendukung", "Faktor Penghambat", "Tindak Lanjut", "Penjelasan" }.Select(r.LongText).ToArray();
        if (r.Problems.Count > 0) throw new RowError(r.Problems.ToArray());
        return new SaveIndikatorRow(id!.Value, version ?? 0, realisasi, texts[0], texts[1], texts[2], texts[3]);
    }

    public static SaveAnggaranRow Anggaran(SheetCell[] cells, FormatDataKinerja form, int rowNumber)
    {
        var r = new Reader(cells, FormatSheet.AnggaranColumns);
        var id = r.Whole("ID");
        var version = r.Whole("Versi");
        var row = id is int i ? form.Anggaran.FirstOrDefault(x => x.Id == i) : null;
        if (id is not null && row is null) r.Error("ID", $"baris dengan ID {id} tidak ada di formulir ini (baris disalin dari berkas lain?); baris baru tidak dapat ditambahkan dari berkas.");
        if (id is null && r.Problems.Count == 0) r.Error("ID", "ID baris kosong; baris baru tidak dapat ditambahkan dari berkas.");
        if (row is not null && !string.Equals(r.Text("Kode"), row.ProgramKegiatan.Kode, StringComparison.OrdinalIgnoreCase))
            r.Error("Kode", $"kode \"{r.Text("Kode")}\" tidak sesuai dengan baris ini (sub-kegiatan {row.ProgramKegiatan.Kode}); jangan memindahkan isi antar baris.");
        var amount = r.Number("Realisasi Anggaran (Rp)");
        long? realisasi = null;
        if (amount is decimal a)
        {
            if (decimal.Truncate(a) != a) r.Error("Realisasi Anggaran (Rp)", $"{Xlsx.NumberText(a)}: realisasi anggaran dalam rupiah tanpa desimal.");
            else realisasi = (long)a;
        }
        if (r.Problems.Count > 0) throw new RowError(r.Problems.ToArray());
        return new SaveAnggaranRow(id!.Value, version ?? 0, realisasi);
    }

    private sealed class Reader(SheetCell[] cells, string[] columns)
    {
        public List<string> Problems { get; } = [];

        private SheetCell Cell(string column)
        {
            var i = Array.IndexOf(columns, column);
            return i < cells.Length ? cells[i] : SheetCell.Empty;
        }

        public void Error(string column, string why) =>
            Problems.Add($"{char.ToUpperInvariant(FormatSheet.Column(columns, column)[0])}{FormatSheet.Column(columns, column)[1..]}: {why}");

        public string Text(string column) => Cell(column).Text.Trim();

        private bool Formula(string column)
        {
            if (!Cell(column).IsFormula) return false;
            Error(column, "sel berisi rumus; isi dengan nilai, bukan rumus.");
            return true;
        }

        public string? LongText(string column)
        {
            if (Formula(column)) return null;
            var text = Cell(column).Text;
            if (text.Length > SaveFormat.MaxText) Error(column, $"paling banyak {SaveFormat.MaxText} karakter (berisi {text.Length}).");
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        /// <summary>A number cell; text that looks like a number is refused too, since Excel would not compute with it.</summary>
        public decimal? Number(string column)
        {
            if (Formula(column)) return null;
            var cell = Cell(column);
            var text = cell.Text.Trim();
            if (text.Length == 0) return null;
            if (!cell.IsNumber) { Error(column, $"\"{text}\" adalah teks; isi dengan angka (sel berformat angka)."); return null; }
            if (!Xlsx.TryDecimal(text, out var value)) { Error(column, $"\"{text}\" bukan angka yang dapat dibaca."); return null; }
            if (Math.Abs(value) > ValueLimit.MaxAbsolute) { Error(column, "angka terlalu besar."); return null; }
            return value;
        }

        public int? Whole(string column)
        {
            var n = Number(column);
            if (n is null) return null;
            if (decimal.Truncate(n.Value) != n.Value || n.Value is < 0 or > int.MaxValue) { Error(column, "harus bilangan bulat dari berkas unduhan; jangan diubah."); return null; }
            return (int)n.Value;
        }
    }
}
