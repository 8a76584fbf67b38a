using Kinerja.Domain;
using Kinerja.Domain.Capaian;

namespace Kinerja.Web.Features.Perencanaan;

public record PreviewTriwulan(decimal? Target, decimal? TargetAtas, decimal? Realisasi);

/// <summary>
/// Settings plus either one target and realisasi, or four quarters and a period ("TW II",
/// "Semester I", "s.d. TW III", "Tahunan").
/// </summary>
public record CapaianPreviewRequest(
    Polarity Polarity, NegativeFormula? NegativeFormula, RollUp RollUp, decimal? CapaianCap, int Decimals,
    decimal? Target = null, decimal? TargetAtas = null, decimal? Realisasi = null,
    string? Periode = null, IReadOnlyList<PreviewTriwulan>? Triwulan = null, NegativeResult NegativeResult = NegativeResult.Keep);

public record CapaianPreviewResponse(
    string Status, decimal? Value, string Display, string? Predikat, string? Warna, string? Alasan, bool Lengkap);

/// <summary>What the engine answers for the settings and figures typed into the indicator editor.</summary>
public static class CapaianPreview
{
    public static CapaianPreviewResponse Handle(CapaianPreviewRequest r, PredikatScale scale)
    {
        var settings = CapaianSettings.From(r.Polarity, r.NegativeFormula, r.RollUp, r.CapaianCap, r.Decimals, r.NegativeResult);
        CapaianResult result;
        var complete = true;
        if (r.Triwulan is { } quarters)
        {
            if (quarters.Count != 4) throw new DomainException("Isi empat triwulan (TW I–IV).", "Triwulan");
            var periode = Kinerja.Domain.Capaian.Periode.Parse(r.Periode ?? "Tahunan");
            var data = quarters.Select((q, i) => new TriwulanData(
                TargetOf(q.Target, q.TargetAtas, $"Triwulan[{i}]"), q.Realisasi)).ToList();
            var computed = CapaianCalculator.Calculate(settings, periode, data);
            (result, complete) = (computed.Capaian, computed.IsComplete);
        }
        else
        {
            result = CapaianFormula.Compute(settings, TargetOf(r.Target, r.TargetAtas, "Target"), r.Realisasi);
        }

        // One precision for capaian everywhere, whatever the realisasi's decimals; the predikat of the shown value.
        var display = CapaianDisplay.Default;
        var band = display.Predikat(scale, result);
        return new CapaianPreviewResponse(
            result switch { CapaianResult.Computed => "Computed", CapaianResult.NoData => "NoData", _ => "NotComputable" },
            result.Percent, display.Text(result), band?.Label, band?.Colour,
            result is CapaianResult.NotComputable nc ? nc.Reason.Label() : null, complete);
    }

    private static Target TargetOf(decimal? target, decimal? upper, string field)
    {
        if (target is not decimal t) throw new DomainException("Target wajib diisi.", field);
        if (upper is decimal u)
        {
            if (u < t) throw new DomainException("Batas atas target lebih kecil dari batas bawahnya.", field);
            return Target.Band(t, u);
        }
        return Target.Of(t);
    }
}
