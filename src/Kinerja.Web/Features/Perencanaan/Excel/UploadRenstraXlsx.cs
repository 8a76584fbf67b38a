using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Features.Organisasi.Impor;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Excel;

public record RenstraUploadResult(int Created, int Updated, int Unchanged);

/// <summary>
/// Applies an edited Renstra workbook: every row goes through <see cref="SaveIndikator"/> inside one
/// transaction, so the rules are the editor's and any bad row rolls back all of them. Rows update the
/// indicator with their Kode Indikator or add one under their sasaran; indicators not in the file are
/// left as they are. The upload is one edit of the whole Renstra made from the file, so it starts from
/// each indicator's current version: the file is the user's intent. An unchanged file writes nothing.
/// </summary>
public static class UploadRenstraXlsx
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<RenstraUploadResult> Handle(int id, string fileName, Stream content, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var renstra = await PlanAccess.RenstraAsync(id, db, scope, write: true, ct);
        var header = RenstraSheet.Header(renstra);
        var years = RenstraSheet.Years(renstra).ToList();
        var rows = ReadSheet(content, fileName, renstra, header);

        var tujuan = await db.Tujuan.AsSplitQuery().Where(t => t.RenstraId == id)
            .Include(t => t.Sasaran).ThenInclude(s => s.Indikator).ThenInclude(i => i.Targets)
            .Include(t => t.Sasaran).ThenInclude(s => s.Indikator).ThenInclude(i => i.Units).ToListAsync(ct);
        var existing = tujuan.SelectMany(t => t.Sasaran).SelectMany(s => s.Indikator).ToDictionary(i => i.Kode);
        var seen = new Dictionary<string, int>();
        var errors = new Dictionary<string, string[]>();
        var (created, updated, unchanged) = (0, 0, 0);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = RenstraSheet.HeaderRow; i < rows.Count; i++)
        {
            var row = new RenstraSheetRow(rows[i], header);
            if (row.IsBlank) continue;
            try
            {
                row.RejectFormulas();
                if (row.IsSasaranOnly) { FindSasaran(tujuan, row); continue; }
                var sasaran = FindSasaran(tujuan, row);
                var kode = row["Kode Indikator"].ToUpperInvariant();
                if (kode.Length > 0 && !seen.TryAdd(kode, i + 1))
                    throw new DomainException($"kode {kode} sudah ada di baris {seen[kode]} berkas ini; satu indikator satu baris.", "Kode");
                var old = existing.GetValueOrDefault(kode);
                if (old is not null && old.SasaranId != sasaran.Id)
                    throw new DomainException($"indikator {kode} ada di sasaran {old.Sasaran!.Kode}; memindahkan indikator ke sasaran lain dilakukan di aplikasi.", "Kode Sasaran");
                var before = old is null ? null : Snapshot(old);
                var saved = await SaveIndikator.Handle(sasaran.Id, old?.Id, row.Request(years, old), db, scope, ct);
                if (before is null) created++;
                else if (before == Snapshot(saved)) unchanged++;
                else updated++;
            }
            catch (DomainException e)
            {
                var column = RenstraSheet.Column(e.Field);
                errors[$"Baris {i + 1}"] = [column is null ? e.Message : $"Kolom {column}: {e.Message}"];
            }
        }
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            throw new ValidationFailedException(
                $"Unggahan dibatalkan: {errors.Count} baris bermasalah. Tidak ada perubahan yang disimpan; perbaiki baris tersebut lalu unggah kembali.", errors);
        }
        if (created + updated + unchanged == 0) throw new DomainException("Berkas tidak berisi baris indikator.", "File");
        await tx.CommitAsync(ct);
        return new RenstraUploadResult(created, updated, unchanged);
    }

    private static List<SheetCell[]> ReadSheet(Stream content, string fileName, Renstra renstra, string[] header)
    {
        var ms = new MemoryStream();
        content.CopyTo(ms);
        if (ms.Length > 0 && ms.GetBuffer() is not [(byte)'P', (byte)'K', 3, 4, ..])
            throw new DomainException($"Berkas {fileName} bukan XLSX. Unggah berkas yang diunduh dari halaman ini, disimpan sebagai .xlsx.", "File");
        ms.Position = 0;
        var rows = ImportTable.Read(ms, fileName, []);
        var actual = rows.ElementAtOrDefault(RenstraSheet.HeaderRow - 1) ?? [];
        // Another Renstra's years: say so, rather than only "column M should be Target 2025".
        var fixedMatch = RenstraSheet.Fixed.Select((f, c) => c < actual.Length && string.Equals(actual[c].Text.Trim(), f, StringComparison.OrdinalIgnoreCase)).All(ok => ok);
        for (var c = RenstraSheet.Fixed.Length; fixedMatch && c < header.Length - 1; c++)
        {
            var text = c < actual.Length ? actual[c].Text.Trim() : "";
            if (!string.Equals(text, header[c], StringComparison.OrdinalIgnoreCase) && text.StartsWith("Target ", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(text, "Target Akhir", StringComparison.OrdinalIgnoreCase))
                throw new DomainException($"Templat tidak sesuai: kolom {Xlsx.ColumnName(c)} baris {RenstraSheet.HeaderRow} seharusnya \"{header[c]}\" tetapi berisi \"{text}\". " +
                                          $"Berkas ini tampaknya untuk Renstra dengan tahun lain; Renstra ini {renstra.TahunAwal}–{renstra.TahunAkhir}.", "File");
        }
        ImportTable.CheckHeader(actual, header, RenstraSheet.HeaderRow);
        return rows;
    }

    private static Sasaran FindSasaran(List<Tujuan> tujuan, RenstraSheetRow row)
    {
        var (kt, ks) = (row["Kode Tujuan"].ToUpperInvariant(), row["Kode Sasaran"].ToUpperInvariant());
        if (kt.Length == 0) throw new DomainException("Kode Tujuan wajib diisi.", "Kode Tujuan");
        var t = tujuan.FirstOrDefault(x => x.Kode == kt) ?? throw new DomainException($"tujuan {kt} tidak ada di Renstra ini; tambahkan tujuan di aplikasi lebih dahulu.", "Kode Tujuan");
        if (ks.Length == 0) throw new DomainException("Kode Sasaran wajib diisi.", "Kode Sasaran");
        return t.Sasaran.FirstOrDefault(x => x.Kode == ks) ?? throw new DomainException($"sasaran {ks} tidak ada di tujuan {kt}; tambahkan sasaran di aplikasi lebih dahulu.", "Kode Sasaran");
    }

    /// <summary>What the file can change, with numbers normalised: PostgreSQL gives 0.318000 for the 0.318 the file holds.</summary>
    private static string Snapshot(Indikator i) => string.Join("|", i.Kode, i.Nama, i.Satuan, i.Polarity, i.NegativeFormula, i.RollUp, i.Decimals, i.IsIku,
        N(i.KondisiAwal), N(i.TargetAkhir), i.Version, string.Join(";", i.Targets.OrderBy(t => t.Tahun).Select(t => $"{t.Tahun}={N(t.Nilai)}-{N(t.NilaiAtas)}")));

    private static string N(decimal? d) => d is decimal v ? Xlsx.NumberText(v) : "";
}
