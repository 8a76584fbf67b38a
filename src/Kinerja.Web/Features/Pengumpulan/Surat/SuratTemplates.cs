using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

public record SuratTemplateInfo(byte[] Docx, string FormatNomor, bool IsDefault, string? NamaFile, string? DiunggahOleh, DateTime? DiunggahUtc, int Version);

/// <summary>
/// Each OPD's editable DOCX template per kind of letter. Reading it is for the OPD's office; replacing it for the
/// Kasubag Perencanaan and the admins. An upload that is not a DOCX, uses a placeholder nothing fills or lacks
/// {{nomor}} is refused with the reason, and the template in use stays as it was.
/// </summary>
public static class SuratTemplates
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static async Task<SuratTemplateInfo> CurrentAsync(int opdId, SuratJenis jenis, AppDbContext db, CancellationToken ct)
    {
        var own = await db.SuratTemplate.AsNoTracking().FirstOrDefaultAsync(t => t.PerangkatDaerahId == opdId && t.Jenis == jenis, ct);
        return new SuratTemplateInfo(own?.Docx ?? SuratDocument.DefaultTemplate(jenis), own?.FormatNomor ?? SuratNomor.Default(jenis),
            own?.Docx is null, own?.NamaFile, own?.DiunggahOleh, own?.DiunggahUtc, own?.Version ?? 0);
    }

    /// <summary>The OPD (404 unless the user is of its office) and whether the user may replace its templates.</summary>
    public static async Task<(PerangkatDaerah Opd, bool CanEdit)> OpdAsync(int opdId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var opd = await db.PerangkatDaerah.FirstOrDefaultAsync(o => o.Id == opdId, ct);
        if (opd is null || !scope.CanReadOpd(opd) || !await SuratAccess.IsOfficeAsync(opd.Id, opd.PemdaId, db, scope, ct))
            throw new NotFoundException("Perangkat daerah tidak ditemukan.");
        var actors = await SuratAccess.ActorsAsync(opd.Id, opd.PemdaId, db, scope, ct);
        return (opd, actors.HoldsAny([SopRole.KasubagPerencanaan, SopRole.AdminOpd, SopRole.AdminPemda]));
    }

    public static async Task<SuratTemplateInfo> UploadAsync(int opdId, SuratJenis jenis, byte[]? file, string? fileName, string? formatNomor,
        AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var (opd, canEdit) = await OpdAsync(opdId, db, scope, ct);
        if (!canEdit) throw new ForbiddenException("Templat surat diganti oleh Kasubag Perencanaan atau admin perangkat daerah.");
        if (file is null || file.Length == 0) throw new DomainException("Pilih berkas templat .docx untuk diunggah.", "file");
        if (file.Length > MaxBytes) throw new DomainException("Berkas templat lebih dari 2 MB.", "file");
        var used = DocxTemplate.Placeholders(file);
        var unknown = SuratPlaceholder.Unknown(used);
        if (unknown.Count > 0)
            throw new DomainException($"Templat memakai penanda yang tidak dikenal: {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}. " +
                                      $"Penanda yang dapat dipakai: {string.Join(", ", SuratPlaceholder.Known.Keys.Select(k => "{{" + k + "}}"))}.", "file");
        if (!used.Contains("nomor")) throw new DomainException("Templat harus memuat {{nomor}} agar nomor surat tercetak.", "file");
        if (!string.IsNullOrWhiteSpace(formatNomor)) SuratNomor.Validate(formatNomor.Trim());

        var row = await db.SuratTemplate.FirstOrDefaultAsync(t => t.PerangkatDaerahId == opd.Id && t.Jenis == jenis, ct);
        if (row is null) db.SuratTemplate.Add(row = new SuratTemplate { PerangkatDaerahId = opd.Id, Jenis = jenis, DiunggahOleh = "" });
        row.Docx = file;
        row.NamaFile = Path.GetFileName(fileName ?? "templat.docx");
        if (!string.IsNullOrWhiteSpace(formatNomor)) row.FormatNomor = formatNomor.Trim();
        (row.DiunggahOleh, row.DiunggahUtc) = (scope.UserName ?? "?", clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return await CurrentAsync(opd.Id, jenis, db, ct);
    }

    public static SuratJenis ParseJenis(string jenis) => jenis.ToLowerInvariant() switch
    {
        "sk" => SuratJenis.SK,
        "surat-pemberitahuan" or "suratpemberitahuan" or "pemberitahuan" => SuratJenis.SuratPemberitahuan,
        _ => throw new NotFoundException($"Jenis surat \"{jenis}\" tidak dikenal (sk atau surat-pemberitahuan)."),
    };

    public static string Slug(SuratJenis jenis) => jenis == SuratJenis.SK ? "sk" : "surat-pemberitahuan";
}
