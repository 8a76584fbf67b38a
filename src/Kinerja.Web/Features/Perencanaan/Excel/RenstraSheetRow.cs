using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Web.Documents;

namespace Kinerja.Web.Features.Perencanaan.Excel;

/// <summary>
/// One data row of an uploaded Renstra sheet, read by column title into <see cref="SaveIndikator"/>'s
/// request. Only the form of each cell is checked here (a number, a known label); the rules of an
/// indicator are SaveIndikator's. Errors name the column as their field.
/// </summary>
internal sealed class RenstraSheetRow(SheetCell[] cells, string[] header)
{
    private SheetCell Cell(string column)
    {
        var i = Array.IndexOf(header, column);
        return i < cells.Length ? cells[i] : SheetCell.Empty;
    }

    public string this[string column] => Cell(column).Text.Trim();

    public bool IsBlank => cells.All(c => string.IsNullOrWhiteSpace(c.Text) && !c.IsFormula);

    /// <summary>A sasaran's own row, as the download writes one for a sasaran without indicators.</summary>
    public bool IsSasaranOnly => cells.Skip(RenstraSheet.FirstIndikatorColumn).All(c => string.IsNullOrWhiteSpace(c.Text) && !c.IsFormula);

    public void RejectFormulas()
    {
        var i = Array.FindIndex(cells, c => c.IsFormula);
        if (i >= 0 && i < header.Length) throw new DomainException("sel berisi rumus; isi dengan nilai, bukan rumus.", header[i]);
    }

    public SaveIndikatorRequest Request(IEnumerable<int> years, Indikator? existing)
    {
        var polarity = Choice(RenstraSheet.Polarities, "Polaritas", required: true)!.Value;
        var formula = Choice(RenstraSheet.Formulas, "Rumus Negatif", required: false);
        var rollUp = Choice(RenstraSheet.RollUps, "Akumulasi", required: true)!.Value;
        var decimals = Number("Desimal") ?? throw new DomainException("Desimal wajib diisi (0 sampai 6).", "Desimal");
        if (decimal.Truncate(decimals) != decimals) throw new DomainException("Desimal harus bilangan bulat.", "Desimal");
        var iku = this["IKU"].ToLowerInvariant() switch
        {
            "ya" or "y" => true,
            "" or "tidak" or "t" => false,
            var v => throw new DomainException($"isi Ya atau Tidak, bukan \"{v}\".", "IKU"),
        };
        return new SaveIndikatorRequest(
            this["Kode Indikator"], this["Indikator"], this["Satuan"], polarity, formula, rollUp, decimals is >= 0 and <= 99 ? (int)decimals : -1, iku,
            existing?.DefinisiOperasional, existing?.Formula, existing?.SumberData, Number("Kondisi Awal"), Number("Target Akhir"),
            existing?.CapaianCap, existing?.AllowsAbove100 ?? false, Targets(years, polarity),
            existing?.Units.Select(u => u.UnitKerjaId).ToList(), existing?.Version ?? 0,
            // Not a column of the sheet: kept as it is, so the round trip does not reset it.
            existing?.NegativeResult ?? NegativeResult.Keep);
    }

    private List<TargetInput> Targets(IEnumerable<int> years, Polarity polarity)
    {
        var targets = new List<TargetInput>();
        foreach (var year in years)
        {
            var column = RenstraSheet.TargetColumn(year);
            var cell = Cell(column);
            var text = cell.Text.Trim();
            if (text.Length == 0) continue;
            if (polarity != Polarity.Range)
            {
                if (!cell.IsNumber && RenstraSheet.TryParseRange(text, out _, out _))
                    throw new DomainException($"rentang \"{text}\" hanya untuk indikator berpolaritas Rentang; isi satu angka.", column);
                targets.Add(new TargetInput(year, Number(column)!.Value));
            }
            else if (cell.IsNumber || !RenstraSheet.TryParseRange(text, out var lower, out var upper))
                throw new DomainException($"target indikator Rentang ditulis batas bawah – batas atas, mis. 80 – 95, bukan \"{text}\".", column);
            else targets.Add(new TargetInput(year, lower, upper));
        }
        return targets;
    }

    /// <summary>A number cell; text that looks like a number is refused too, since Excel would not compute with it.</summary>
    private decimal? Number(string column)
    {
        var cell = Cell(column);
        var text = cell.Text.Trim();
        if (text.Length == 0) return null;
        if (!cell.IsNumber) throw new DomainException($"\"{text}\" adalah teks; isi dengan angka (sel berformat angka).", column);
        if (!Xlsx.TryDecimal(text, out var value)) throw new DomainException($"\"{text}\" bukan angka yang dapat dibaca.", column);
        return value;
    }

    private T? Choice<T>((T Value, string Label)[] table, string column, bool required) where T : struct, Enum
    {
        var text = this[column];
        var choices = string.Join(", ", table.Select(t => t.Label));
        if (text.Length == 0)
            return required ? throw new DomainException($"{column} wajib diisi: {choices}.", column) : null;
        return RenstraSheet.Parse(table, text) ?? throw new DomainException($"\"{text}\" tidak dikenal; isi {choices}.", column);
    }
}
