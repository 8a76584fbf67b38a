using Kinerja.Domain.Capaian;
using Kinerja.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>One band of a Pemda's predikat scale, stored as data so each Pemda can set its own.</summary>
public class PredikatPemda
{
    public int Id { get; set; }
    public int PemdaId { get; set; }
    public int Urutan { get; set; }
    public decimal? Lower { get; set; }
    public decimal? Upper { get; set; }
    public required string Label { get; set; }
    public required string Colour { get; set; }
}

/// <summary>How a Pemda shows and classifies capaian: its predikat scale, efficiency thresholds and display precision.</summary>
public sealed record PemdaCapaianSettings(int PemdaId, PredikatScale Predikat, EfisiensiThresholds Efisiensi, CapaianDisplay Display)
{
    public static PemdaCapaianSettings Default(int pemdaId) =>
        new(pemdaId, PredikatScale.Default, EfisiensiThresholds.Default, CapaianDisplay.Default);
}

public static class PemdaScales
{
    /// <summary>The settings of several Pemda in two queries; a Pemda without its own scale gets the default one.</summary>
    public static async Task<IReadOnlyDictionary<int, PemdaCapaianSettings>> SettingsAsync(AppDbContext db, IReadOnlyCollection<int> pemdaIds, CancellationToken ct)
    {
        var pemda = await db.Pemda.AsNoTracking().Where(p => pemdaIds.Contains(p.Id)).Select(p => new { p.Id, p.EfisienAbove, p.TidakEfisienBelow }).ToListAsync(ct);
        var bands = (await db.PredikatPemda.AsNoTracking().Where(p => pemdaIds.Contains(p.PemdaId)).OrderBy(p => p.Urutan).ToListAsync(ct))
            .ToLookup(b => b.PemdaId);
        return pemda.ToDictionary(p => p.Id, p => new PemdaCapaianSettings(p.Id,
            bands[p.Id].Any() ? new PredikatScale(bands[p.Id].Select(r => new PredikatBand(r.Lower, r.Upper, r.Label, r.Colour))) : PredikatScale.Default,
            new EfisiensiThresholds(p.EfisienAbove, p.TidakEfisienBelow), CapaianDisplay.Default));
    }

    /// <summary>The Pemda's scale, or the default when it has not set one.</summary>
    public static async Task<PredikatScale> PredikatAsync(AppDbContext db, int? pemdaId, CancellationToken ct)
    {
        if (pemdaId is null) return PredikatScale.Default;
        var rows = await db.PredikatPemda.Where(p => p.PemdaId == pemdaId).OrderBy(p => p.Urutan).ToListAsync(ct);
        return rows.Count == 0 ? PredikatScale.Default : new PredikatScale(rows.Select(r => new PredikatBand(r.Lower, r.Upper, r.Label, r.Colour)));
    }

    public static IEnumerable<PredikatPemda> Rows(int pemdaId, PredikatScale scale) =>
        scale.Bands.Select((b, i) => new PredikatPemda { PemdaId = pemdaId, Urutan = i + 1, Lower = b.Lower, Upper = b.Upper, Label = b.Label, Colour = b.Colour });
}
