using Kinerja.Domain.Capaian;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

public record PredikatBandDto(decimal? Lower, decimal? Upper, string Label, string Colour);

public record CapaianSettingsDto(int PemdaId, List<PredikatBandDto> Predikat, decimal EfisienAbove, decimal TidakEfisienBelow, int Version);

/// <summary>A Pemda's predikat scale and efficiency thresholds: read by anyone of the Pemda, set by its Admin Pemda.</summary>
public static class SaveCapaianSettings
{
    public static async Task<CapaianSettingsDto> GetAsync(int pemdaId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        if (!scope.ReadablePemdaIds().Contains(pemdaId)) throw new NotFoundException("Pemda tidak ditemukan.");
        var pemda = await db.Pemda.SingleAsync(p => p.Id == pemdaId, ct);
        var scale = await PemdaScales.PredikatAsync(db, pemdaId, ct);
        return new CapaianSettingsDto(pemdaId, scale.Bands.Select(b => new PredikatBandDto(b.Lower, b.Upper, b.Label, b.Colour)).ToList(),
            pemda.EfisienAbove, pemda.TidakEfisienBelow, pemda.Version);
    }

    public static async Task<CapaianSettingsDto> Handle(int pemdaId, CapaianSettingsDto r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        if (!scope.ReadablePemdaIds().Contains(pemdaId)) throw new NotFoundException("Pemda tidak ditemukan.");
        if (!scope.CanManagePemda(pemdaId)) throw new ForbiddenException("Hanya Admin Pemda yang dapat mengubah skala predikat.");
        // Both are built first: the engine refuses a scale with gaps, overlaps or bad colours.
        var scale = new PredikatScale((r.Predikat ?? []).Select(b => new PredikatBand(b.Lower, b.Upper, b.Label?.Trim() ?? "", b.Colour?.Trim() ?? "")));
        _ = new EfisiensiThresholds(r.EfisienAbove, r.TidakEfisienBelow);

        var pemda = await db.Pemda.SingleAsync(p => p.Id == pemdaId, ct);
        db.Entry(pemda).Property(p => p.Version).OriginalValue = r.Version;
        (pemda.EfisienAbove, pemda.TidakEfisienBelow) = (r.EfisienAbove, r.TidakEfisienBelow);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.PredikatPemda.RemoveRange(db.PredikatPemda.Where(p => p.PemdaId == pemdaId));
        await db.SaveChangesAsync(ct);
        db.PredikatPemda.AddRange(PemdaScales.Rows(pemdaId, scale));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(pemdaId, db, scope, ct);
    }
}
