using DocumentFormat.OpenXml.Packaging;
using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Bukti;

/// <summary>
/// Attaches an evidence file to an indicator row while the user may fill the form (the same window
/// and chain rules as a save). The content decides the type; anything refused leaves no row and no
/// file behind. The row's insert is audited by AppDbContext like every other change.
/// </summary>
public static class UploadBukti
{
    public static async Task<BuktiDukung> Handle(int formId, int rowId, string fileName, Func<Task<byte[]>> read, long length, string? alasan,
        AppDbContext db, AccessScope scope, Clock clock, BuktiStore store, CancellationToken ct)
    {
        var form = await FormatAccess.LoadAsync(formId, db, scope, ct);
        var row = form.Indikator.FirstOrDefault(r => r.Id == rowId) ?? throw new NotFoundException("Baris indikator tidak ada di formulir ini.");
        var mode = FormatPermissions.EnsureMayFill(form, scope, clock, alasan);

        BuktiFile.EnsureSize(length, store.MaxBytes);
        var content = await read();
        var type = BuktiFile.Detect(fileName, content, store.MaxBytes);
        if (type.Jenis is JenisBukti.Xlsx or JenisBukti.Docx) EnsureOpens(content, type);

        var sha = BuktiStore.Hash(content);
        var bukti = new BuktiDukung
        {
            FormatIndikatorId = row.Id, NamaFile = BuktiFile.SafeName(fileName), JenisKonten = type.ContentType, Ukuran = content.Length,
            Sha256 = sha, DiunggahOleh = scope.UserName ?? "?", DiunggahUtc = clock.UtcNow,
        };
        row.Bukti.Add(bukti);
        form.RecordEntry(mode);
        db.ChangeReason = SaveFormat.Reason(mode, alasan);
        var created = store.Put(sha, content);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            db.ChangeTracker.Clear();
            if (created) await store.ForgetIfUnusedAsync(sha, db, CancellationToken.None);
            throw;
        }
        return bukti;
    }

    /// <summary>A zip that only looks like Office is refused: the Open XML SDK must open its main part.</summary>
    private static void EnsureOpens(byte[] content, BuktiType type)
    {
        try
        {
            using var ms = new MemoryStream(content, writable: false);
            if (type.Jenis == JenisBukti.Xlsx)
            {
                using var doc = SpreadsheetDocument.Open(ms, false);
                if (doc.WorkbookPart?.Workbook.Sheets is null) throw new InvalidDataException("no sheets");
            }
            else
            {
                using var doc = WordprocessingDocument.Open(ms, false);
                if (doc.MainDocumentPart?.Document.Body is null) throw new InvalidDataException("no body");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not DomainException)
        {
            throw new DomainException($"Berkas {type.Label} rusak: isinya tidak dapat dibuka sebagai dokumen {(type.Jenis == JenisBukti.Xlsx ? "Excel" : "Word")}. Simpan ulang berkasnya lalu unggah kembali.", "file");
        }
    }
}
