using System.Globalization;
using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi.Impor;

public record ImportResult(int Applied);

/// <summary>
/// Imports units, jabatan or accounts of one OPD from the template. Every row goes through the same
/// use case as the admin pages, inside one transaction: any row that fails rolls back all of them,
/// and every failing row is reported with its row number and column.
/// </summary>
public class OrganisasiImport(AppDbContext db, UserManager<AppUser> users, Clock clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static byte[] Template(ImportKind kind, bool xlsx) => xlsx
        ? Xlsx.Write(kind.ToString(), ImportTemplates.Columns[kind], [ImportTemplates.Example[kind]])
        : ImportTable.Csv(ImportTemplates.Columns[kind], ImportTemplates.Example[kind]);

    public async Task<ImportResult> ApplyAsync(ImportKind kind, int opdId, string fileName, Stream content, AccessScope scope, CancellationToken ct)
    {
        var opd = await db.PerangkatDaerah.FirstOrDefaultAsync(o => o.Id == opdId, ct);
        if (opd is null || !scope.CanReadOpd(opd)) throw new NotFoundException("Perangkat daerah tidak ditemukan.");
        if (!scope.CanManageOpd(opd.Id, opd.PemdaId)) throw new ForbiddenException();

        var columns = ImportTemplates.Columns[kind];
        var rows = ImportTable.Read(content, fileName, columns);
        var errors = new Dictionary<string, string[]>();
        var applied = 0;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = new ImportRow(rows[i], columns);
            if (row.IsBlank) continue;
            try
            {
                row.RejectFormulas();
                await ApplyRowAsync(kind, opd, row, scope, ct);
                applied++;
            }
            catch (Exception e) when (e is DomainException or ForbiddenException or NotFoundException)
            {
                var column = e is DomainException { Field: { } f } && ImportTemplates.FieldColumn.TryGetValue(f, out var c) ? c : null;
                errors[$"Baris {i + 1}"] = [column is null ? e.Message : $"Kolom {column}: {e.Message}"];
            }
        }
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            throw new ValidationFailedException(
                $"Impor dibatalkan: {errors.Count} baris bermasalah. Tidak ada data yang disimpan; perbaiki baris tersebut lalu unggah kembali.", errors);
        }
        if (applied == 0) throw new DomainException("Berkas tidak berisi baris data.", "File");
        await tx.CommitAsync(ct);
        return new ImportResult(applied);
    }

    private async Task ApplyRowAsync(ImportKind kind, PerangkatDaerah opd, ImportRow row, AccessScope scope, CancellationToken ct)
    {
        switch (kind)
        {
            case ImportKind.Unit:
            {
                if (!UnitKinds.TryParse(row["Jenis"], out var jenis))
                    throw new DomainException($"Jenis \"{row["Jenis"]}\" tidak dikenal (mis. Sekretariat, Bidang, Subbagian, Seksi, Subbidang, UPTD).", "Jenis");
                var parent = await UnitIdAsync(opd.Id, row["Kode Induk"], "ParentId", ct);
                await CreateUnit.Handle(new CreateUnitRequest(opd.Id, parent, row["Kode"], row["Nama"], jenis), db, scope, ct);
                break;
            }
            case ImportKind.Jabatan:
            {
                if (!SopRoles.TryParse(row["Peran"], out var role))
                    throw new DomainException($"Peran \"{row["Peran"]}\" tidak dikenal (mis. Kepala, Sekretaris, KepalaBidang, KasubagPerencanaan, KepalaSeksi, Pelaksana, AdminOpd).", "Role");
                var unit = await UnitIdAsync(opd.Id, row["Kode Unit"], "UnitKerjaId", ct);
                await SaveJabatan.Handle(null, new SaveJabatanRequest(opd.PemdaId, opd.Id, unit, row["Kode"], row["Nama"], role), db, scope, ct);
                break;
            }
            case ImportKind.Pengguna:
            {
                var isPlt = row["Plt"].Trim().ToLowerInvariant() switch
                {
                    "ya" or "y" or "yes" or "1" => true,
                    "" or "tidak" or "t" or "no" or "0" => false,
                    var v => throw new DomainException($"Isi Plt dengan Ya atau Tidak, bukan \"{v}\".", "IsPlt"),
                };
                var start = row.Date("Tanggal Mulai", "StartDate") ?? clock.Today;
                var end = row.Date("Tanggal Selesai", "EndDate");
                var kode = row["Kode Jabatan"].Trim().ToUpperInvariant();
                int? jabatanId = null;
                if (kode.Length > 0)
                {
                    jabatanId = await db.Jabatan.Where(j => j.PemdaId == opd.PemdaId && j.Kode == kode).Select(j => (int?)j.Id).FirstOrDefaultAsync(ct)
                                ?? throw new DomainException($"Kode jabatan {kode} tidak ditemukan.", "JabatanId");
                    AssignmentPeriod.Create(start, end, isPlt, clock.Today);
                }
                var user = await CreateUser.Handle(new CreateUserRequest(row["Nama Pengguna"], row["Nama Lengkap"], row["NIP"], row["Email"],
                    row["Kata Sandi Awal"], opd.Id, opd.PemdaId), db, users, scope, ct);
                if (jabatanId is int jid)
                    await AssignJabatan.Handle(user.Id, new AssignJabatanRequest(jid, isPlt, start, end), db, scope, clock, ct);
                break;
            }
        }
    }

    private async Task<int?> UnitIdAsync(int opdId, string code, string field, CancellationToken ct)
    {
        var kode = code.Trim().ToUpperInvariant();
        if (kode.Length == 0) return null;
        return await db.UnitKerja.Where(u => u.PerangkatDaerahId == opdId && u.Kode == kode).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct)
               ?? throw new DomainException($"Kode unit {kode} tidak ditemukan di perangkat daerah ini.", field);
    }
}

/// <summary>One data row, read by column title.</summary>
internal sealed class ImportRow(SheetCell[] cells, string[] columns)
{
    private SheetCell Cell(string column)
    {
        var i = Array.IndexOf(columns, column);
        return i < cells.Length ? cells[i] : SheetCell.Empty;
    }

    public string this[string column] => Cell(column).Text.Trim();

    public bool IsBlank => cells.All(c => string.IsNullOrWhiteSpace(c.Text));

    public void RejectFormulas()
    {
        var i = Array.FindIndex(cells, c => c.IsFormula);
        if (i >= 0 && i < columns.Length)
            throw new DomainException($"Kolom {columns[i]} berisi rumus; isi dengan nilai, bukan rumus.");
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy"];

    public DateOnly? Date(string column, string field)
    {
        var cell = Cell(column);
        var text = cell.Text.Trim();
        if (text.Length == 0) return null;
        // Excel stores a typed date as a serial number of days.
        if (cell.IsNumber && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958465)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new DomainException($"Tanggal \"{text}\" tidak valid; gunakan format 2026-01-31 atau 31-01-2026.", field);
    }
}
