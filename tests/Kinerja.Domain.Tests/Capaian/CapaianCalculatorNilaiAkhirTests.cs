using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>Nilai akhir (levels, rates, percentages): the period is its last filled quarter.</summary>
public class CapaianCalculatorNilaiAkhirTests
{
    private static readonly IndikatorSettings NilaiAkhir = new() { RollUp = RollUp.NilaiAkhir };

    private static PeriodeCapaian Calc(string periode, string targets, string realisasi, IndikatorSettings? settings = null) =>
        CapaianCalculator.Calculate(settings ?? NilaiAkhir, Periode.Parse(periode), Quarters(targets, realisasi));

    //          targets        realisasi     periode        capaian           T     R     full  missing
    [Theory]
    [InlineData("70/72/74/75", "68/73/-/-",  "TW I",        "97.1428571429",  "70", "68", "70", "")]
    [InlineData("70/72/74/75", "68/73/-/-",  "TW II",       "101.3888888889", "72", "73", "72", "")]
    [InlineData("70/72/74/75", "68/73/-/-",  "Semester I",  "101.3888888889", "72", "73", "72", "")]
    [InlineData("70/72/74/75", "68/73/-/-",  "Semester II", "belum ada data", "-",  "-",  "75", "3,4")]
    [InlineData("70/72/74/75", "68/73/-/-",  "Tahunan",     "101.3888888889", "72", "73", "75", "3,4")]
    [InlineData("70/72/74/75", "68/73/-/-",  "s.d. TW III", "101.3888888889", "72", "73", "74", "3")]
    [InlineData("70/72/74/75", "68/-/-/-",   "Semester I",  "97.1428571429",  "70", "68", "72", "2")]
    [InlineData("70/72/74/75", "-/73/-/-",   "Semester I",  "101.3888888889", "72", "73", "72", "1")]
    [InlineData("70/72/74/75", "68/73/-/75", "Tahunan",     "100",            "75", "75", "75", "3")]
    [InlineData("70/72/74/75", "68/73/80/60","Tahunan",     "80",             "75", "60", "75", "")]   // last, not best
    [InlineData("20/30/25/25", "18/35/20/30","Semester I",  "116.6666666667", "30", "35", "30", "")]
    [InlineData("20/30/25/25", "18/35/20/30","Tahunan",     "120",            "25", "30", "25", "")]
    [InlineData("20/30/25/25", "18/35/20/30","s.d. TW III", "80",             "25", "20", "25", "")]
    public void Calculate_NilaiAkhir_Table(
        string targets, string realisasi, string periode, string capaian, string target, string periodRealisasi, string full, string missing)
    {
        var result = Calc(periode, targets, realisasi);

        Describe(result.Capaian).ShouldBe(capaian);
        Number(result.Target).ShouldBe(target);
        (result.Realisasi is { } r ? Number(r) : "-").ShouldBe(periodRealisasi);
        Number(result.FullTarget).ShouldBe(full);
        string.Join(",", result.Missing).ShouldBe(missing);
    }

    //          realisasi        periode       formula                        capaian
    [Theory]
    [InlineData("3.5/4.5/-/-",   "TW I",       NegativeFormula.Selisih,       "100")]
    [InlineData("3.5/4.5/-/-",   "Semester I", NegativeFormula.Selisih,       "87.5")]   // (8 − 4.5) / 4
    [InlineData("3.5/4.5/-/-",   "Semester I", NegativeFormula.RasioTerbalik, "88.8888888889")]
    [InlineData("3.5/1/-/-",     "Semester I", NegativeFormula.Selisih,       "50")]     // below: 1 / 2
    [InlineData("5/3/-/-",       "Tahunan",    NegativeFormula.Selisih,       "100")]
    public void Calculate_NilaiAkhirRange_TakesTheLastQuarterAgainstItsBand(string realisasi, string periode, NegativeFormula formula, string capaian)
    {
        var settings = Settings(Polarity.Range, formula) with { RollUp = RollUp.NilaiAkhir };

        Describe(Calc(periode, "2..4/2..4/2..4/2..4", realisasi, settings).Capaian).ShouldBe(capaian);
    }
}
