using Kinerja.Domain.Capaian;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>Indonesian names of the indicator settings, as pages show them (and translate them).</summary>
public static class PlanLabels
{
    public static string Polarity(Polarity p, NegativeFormula? f) => p switch
    {
        Kinerja.Domain.Capaian.Polarity.Positive => "Positif",
        Kinerja.Domain.Capaian.Polarity.Negative => f == NegativeFormula.RasioTerbalik ? "Negatif (rasio terbalik)" : "Negatif (selisih)",
        _ => "Rentang",
    };

    public static string RollUp(RollUp r) => r switch
    {
        Kinerja.Domain.Capaian.RollUp.Kumulatif => "Kumulatif",
        Kinerja.Domain.Capaian.RollUp.NilaiAkhir => "Nilai akhir",
        _ => "Rata-rata",
    };

    public static IEnumerable<string> All() =>
        Enum.GetValues<Polarity>().SelectMany(p => new[] { Polarity(p, null), Polarity(p, NegativeFormula.RasioTerbalik) })
            .Concat(Enum.GetValues<RollUp>().Select(RollUp)).Distinct();
}
