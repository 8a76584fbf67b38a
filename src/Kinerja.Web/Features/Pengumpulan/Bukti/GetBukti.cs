using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Bukti;

public record BuktiContent(string Path, string ContentType, string FileName);

/// <summary>An evidence file for whoever reads its form, with its original name and type.</summary>
public static class GetBukti
{
    public static async Task<BuktiContent> Handle(int id, AppDbContext db, AccessScope scope, BuktiStore store, CancellationToken ct)
    {
        var formId = await DeleteBukti.FormatOfAsync(id, db, ct);
        var form = await FormatAccess.LoadAsync(formId, db, scope, ct, tracked: false);
        var bukti = form.Indikator.SelectMany(r => r.Bukti).Single(b => b.Id == id);
        var path = store.PathOf(bukti.Sha256);
        if (!File.Exists(path)) throw new NotFoundException("Isi berkas bukti tidak ada di penyimpanan; hubungi admin untuk memulihkan folder data.");
        return new BuktiContent(path, bukti.JenisKonten, bukti.NamaFile);
    }

    public static BuktiDto Dto(BuktiDukung b) => new(b.Id, b.NamaFile, b.JenisKonten, b.Ukuran, b.Sha256, b.DiunggahOleh, b.DiunggahUtc);
}
