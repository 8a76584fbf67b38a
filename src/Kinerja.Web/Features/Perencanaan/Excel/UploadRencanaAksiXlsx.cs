using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Features.Organisasi.Impor;
using Kinerja.Web.Features.Perencanaan.Pk;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Perencanaan.Excel;

public record RencanaAksiUploadResult(int Updated, int Unchanged);

/// <summary>
/// Applies an edited Rencana Aksi workbook. Every row is checked first and every bad cell reported
/// (row, column, why); then the changed rows go through <see cref="SaveRencanaAksi"/> in one save, so
/// the rules are the grid's and nothing is half-applied. Quarters that do not roll up to the annual
/// target are warnings, as in the grid: the upload is refused with them until it is confirmed — except
/// rows whose mismatch was confirmed before and is uploaded unchanged. Unchanged rows are not written.
/// </summary>
public static class UploadRencanaAksiXlsx
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<RencanaAksiUploadResult> Handle(int pkId, string fileName, Stream content, bool confirmed, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var pk = await PkAccess.LoadAsync(pkId, db, scope, write: true, ct);
        if (pk.Status == PerjanjianKinerjaStatus.Superseded)
            throw new DomainException("Perjanjian Kinerja ini sudah diganti oleh PK perubahan; Rencana Aksinya hanya dapat dilihat.", "File");
        var rows = ReadSheet(content, fileName);

        var byKode = pk.Indikator.ToDictionary(r => r.Indikator.Kode.ToUpperInvariant());
        var seen = new Dictionary<string, int>();
        var errors = new Dictionary<string, string[]>();
        var warnings = new Dictionary<string, string[]>();
        var changed = new List<RencanaAksiInput>();
        var unchanged = 0;
        for (var i = RencanaAksiSheet.HeaderRow; i < rows.Count; i++)
        {
            var cells = new SheetRow(rows[i]);
            if (cells.IsBlank) continue;
            var line = $"Baris {i + 1}";
            try
            {
                cells.RejectFormulas();
                var kode = cells["Kode Indikator"].ToUpperInvariant();
                if (kode.Length == 0) throw new DomainException("Kode Indikator wajib diisi.", "Kode Indikator");
                var row = byKode.GetValueOrDefault(kode) ?? throw new DomainException($"{kode} bukan indikator PK ini; indikator ditambahkan di halaman PK.", "Kode Indikator");
                if (!seen.TryAdd(kode, i + 1)) throw new DomainException($"{kode} sudah ada di baris {seen[kode]} berkas ini; satu indikator satu baris.", "Kode Indikator");
                var input = Read(cells, row);
                var ra = row.RencanaAksi;
                if (Same(input, ra)) { unchanged++; continue; }
                var quarters = new[] { input.TargetTw1, input.TargetTw2, input.TargetTw3, input.TargetTw4 };
                var warning = quarters.All(q => q is null) ? null : RencanaAksiCheck.Warning(row.Indikator.RollUp, row.Target, quarters);
                var confirmedBefore = ra is { MismatchConfirmed: true } && ra.Quarters.SequenceEqual(quarters);
                if (warning is not null && !confirmedBefore) warnings[line] = [$"{kode}: {warning}"];
                changed.Add(input);
            }
            catch (DomainException e)
            {
                var column = RencanaAksiSheet.Column(e.Field) ?? e.Field;
                errors[line] = [column is null ? e.Message : $"Kolom {column}: {e.Message}"];
            }
        }
        if (errors.Count > 0)
            throw new ValidationFailedException(
                $"Unggahan dibatalkan: {errors.Count} baris bermasalah. Tidak ada perubahan yang disimpan; perbaiki baris tersebut lalu unggah kembali.", errors);
        if (seen.Count == 0) throw new DomainException("Berkas tidak berisi baris Rencana Aksi.", "File");
        if (warnings.Count > 0 && !confirmed)
            throw new ValidationFailedException(
                "Target triwulan tidak sesuai dengan target tahunan. Perbaiki berkas, atau konfirmasi untuk menyimpan apa adanya. Belum ada yang disimpan.", warnings);
        if (changed.Count > 0) await SaveRencanaAksi.Handle(pk.Id, new SaveRencanaAksiRequest(changed, MismatchConfirmed: true), db, scope, ct);
        return new RencanaAksiUploadResult(changed.Count, unchanged);
    }

    private static RencanaAksiInput Read(SheetRow cells, PerjanjianKinerjaIndikator row)
    {
        var i = row.Indikator;
        if (cells.Number("Target Tahunan") is decimal annual && annual != row.Target)
            throw new DomainException($"{Xlsx.NumberText(annual)} berbeda dari target PK {Xlsx.NumberText(row.Target)}; target tahunan diubah di halaman PK.", "Target Tahunan");
        var q = new decimal?[4];
        for (var n = 0; n < 4; n++)
        {
            var column = RencanaAksiSheet.Quarters[n];
            q[n] = cells.Number(column);
            if (q[n] is decimal v)
            {
                ValueLimit.Ensure(v, column);
                IndikatorValue.Check(v, i.Decimals, i.Satuan, i.AllowsAbove100, column, column);
            }
        }
        long? anggaran = cells.Number("Anggaran (Rp)") switch
        {
            null => null,
            decimal a when a < 0 || decimal.Truncate(a) != a || a > long.MaxValue => throw new DomainException("anggaran harus rupiah bulat, tidak negatif.", "Anggaran (Rp)"),
            decimal a => (long)a,
        };
        foreach (var (column, max) in new[] { ("Aksi", 4000), ("Penanggung Jawab", 300) })
            if (cells[column].Length > max) throw new DomainException($"paling banyak {max} karakter.", column);
        return new RencanaAksiInput(row.Id, q[0], q[1], q[2], q[3], Text(cells["Aksi"]), anggaran, Text(cells["Penanggung Jawab"]), row.RencanaAksi?.Version ?? 0);
    }

    private static string? Text(string s) => s.Length == 0 ? null : s;

    private static bool Same(RencanaAksiInput x, RencanaAksi? ra) =>
        ra is null
            ? x is { TargetTw1: null, TargetTw2: null, TargetTw3: null, TargetTw4: null, Aksi: null, Anggaran: null, PenanggungJawab: null }
            : x.TargetTw1 == ra.TargetTw1 && x.TargetTw2 == ra.TargetTw2 && x.TargetTw3 == ra.TargetTw3 && x.TargetTw4 == ra.TargetTw4
              && x.Aksi == Text(ra.Aksi?.Trim() ?? "") && x.Anggaran == ra.Anggaran && x.PenanggungJawab == Text(ra.PenanggungJawab?.Trim() ?? "");

    private static List<SheetCell[]> ReadSheet(Stream content, string fileName)
    {
        var ms = new MemoryStream();
        content.CopyTo(ms);
        if (ms.Length > 0 && ms.GetBuffer() is not [(byte)'P', (byte)'K', 3, 4, ..])
            throw new DomainException($"Berkas {fileName} bukan XLSX. Unggah berkas yang diunduh dari halaman ini, disimpan sebagai .xlsx.", "File");
        ms.Position = 0;
        var rows = ImportTable.Read(ms, fileName, []);
        ImportTable.CheckHeader(rows.ElementAtOrDefault(RencanaAksiSheet.HeaderRow - 1) ?? [], RencanaAksiSheet.Header, RencanaAksiSheet.HeaderRow);
        return rows;
    }

    /// <summary>One data row read by column title; a number must be a number cell, as in the Renstra workbook.</summary>
    private sealed class SheetRow(SheetCell[] cells)
    {
        private SheetCell Cell(string column)
        {
            var i = Array.IndexOf(RencanaAksiSheet.Header, column);
            return i < cells.Length ? cells[i] : SheetCell.Empty;
        }

        public string this[string column] => Cell(column).Text.Trim();

        public bool IsBlank => cells.All(c => string.IsNullOrWhiteSpace(c.Text) && !c.IsFormula);

        public void RejectFormulas()
        {
            var i = Array.FindIndex(cells, c => c.IsFormula);
            if (i >= 0 && i < RencanaAksiSheet.Header.Length)
                throw new DomainException("sel berisi rumus; isi dengan nilai, bukan rumus.", RencanaAksiSheet.Header[i]);
        }

        public decimal? Number(string column)
        {
            var cell = Cell(column);
            var text = cell.Text.Trim();
            if (text.Length == 0) return null;
            if (!cell.IsNumber) throw new DomainException($"\"{text}\" adalah teks; isi dengan angka (sel berformat angka).", column);
            if (!Xlsx.TryDecimal(text, out var value)) throw new DomainException($"\"{text}\" bukan angka yang dapat dibaca.", column);
            return value;
        }
    }
}
