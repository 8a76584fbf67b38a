using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>One target against one realisasi, no cap, negative results kept.</summary>
public class CapaianFormulaTests
{
    private static string Compute(Polarity polarity, NegativeFormula formula, string target, string realisasi) =>
        Describe(CapaianFormula.Compute(Settings(polarity, formula), T(target), D(realisasi)));

    //          T         R          capaian
    [Theory]
    [InlineData("20",     "18",      "90")]
    [InlineData("20",     "20",      "100")]
    [InlineData("20",     "25",      "125")]
    [InlineData("20",     "0",       "0")]
    [InlineData("3",      "1",       "33.3333333333")]
    [InlineData("0.5",    "0.25",    "50")]
    [InlineData("1000000000000", "999999999999", "99.9999999999")]
    [InlineData("20",     "-5",      "-25")]                // e.g. a growth rate below 0: kept by default
    [InlineData("0",      "0",       "100")]                // nothing asked, nothing done: target met
    [InlineData("0",      "5",       "tidak: TargetZero")]  // exceeded a zero target: unbounded, no cap
    [InlineData("0",      "-5",      "tidak: TargetZero")]
    [InlineData("-10",    "5",       "tidak: NegativeTarget")]
    [InlineData("-10",    "-10",     "tidak: NegativeTarget")]
    [InlineData("-0.01",  "5",       "tidak: NegativeTarget")]
    [InlineData("0.0000000001", "1000000000000000000", "tidak: OutOfRange")]
    public void Capaian_Positive_Table(string target, string realisasi, string expected)
    {
        Compute(Polarity.Positive, NegativeFormula.Selisih, target, realisasi).ShouldBe(expected);
    }

    //          T         R          capaian
    [Theory]
    [InlineData("20",     "16",      "120")]                // domain.md's example
    [InlineData("20",     "20",      "100")]
    [InlineData("20",     "24",      "80")]
    [InlineData("20",     "40",      "0")]                  // R = 2T
    [InlineData("20",     "50",      "-50")]                // R > 2T: below 0, kept by default
    [InlineData("20",     "0",       "200")]
    [InlineData("20",     "-4",      "220")]
    [InlineData("3",      "2",       "133.3333333333")]
    [InlineData("0",      "0",       "100")]
    [InlineData("0",      "5",       "tidak: TargetZero")]  // (0 − 5) / 0: −∞, no clamp
    [InlineData("0",      "-5",      "tidak: TargetZero")]  // (0 + 5) / 0: +∞, no cap
    [InlineData("-20",    "16",      "tidak: NegativeTarget")]
    [InlineData("-0.5",   "1",       "tidak: NegativeTarget")]
    public void Capaian_NegativeSelisih_Table(string target, string realisasi, string expected)
    {
        Compute(Polarity.Negative, NegativeFormula.Selisih, target, realisasi).ShouldBe(expected);
    }

    //          T         R          capaian
    [Theory]
    [InlineData("20",     "16",      "125")]                // domain.md's example
    [InlineData("20",     "20",      "100")]
    [InlineData("20",     "25",      "80")]
    [InlineData("20",     "40",      "50")]
    [InlineData("3",      "9",       "33.3333333333")]
    [InlineData("20",     "0",       "tidak: RealisasiZero")]   // T / 0: +∞, no cap
    [InlineData("0",      "0",       "100")]
    [InlineData("0",      "5",       "0")]                      // 0 / 5 is simply 0 %
    [InlineData("20",     "-5",      "tidak: NegativeRealisasi")]
    [InlineData("0",      "-5",      "tidak: NegativeRealisasi")]
    [InlineData("20",     "-0.5",    "tidak: NegativeRealisasi")]
    [InlineData("-0.5",   "1",       "tidak: NegativeTarget")]
    [InlineData("-20",    "5",       "tidak: NegativeTarget")]
    [InlineData("1000000000000000000", "0.0000000001", "tidak: OutOfRange")]
    public void Capaian_NegativeRasioTerbalik_Table(string target, string realisasi, string expected)
    {
        Compute(Polarity.Negative, NegativeFormula.RasioTerbalik, target, realisasi).ShouldBe(expected);
    }

    //          band      formula                        R       capaian
    [Theory]
    [InlineData("2..4",   NegativeFormula.Selisih,       "3",    "100")]   // inside
    [InlineData("2..4",   NegativeFormula.Selisih,       "2",    "100")]   // on the lower bound
    [InlineData("2..4",   NegativeFormula.RasioTerbalik, "4",    "100")]   // on the upper bound
    [InlineData("2..4",   NegativeFormula.Selisih,       "1",    "50")]    // below: R / a
    [InlineData("2..4",   NegativeFormula.RasioTerbalik, "1.5",  "75")]    // below does not use the negative formula
    [InlineData("2..4",   NegativeFormula.Selisih,       "0",    "0")]
    [InlineData("2..4",   NegativeFormula.Selisih,       "5",    "75")]    // above: (2b − R) / b
    [InlineData("2..4",   NegativeFormula.RasioTerbalik, "5",    "80")]    // above: b / R
    [InlineData("2..4",   NegativeFormula.Selisih,       "8",    "0")]
    [InlineData("2..4",   NegativeFormula.Selisih,       "10",   "-50")]
    [InlineData("2..4",   NegativeFormula.RasioTerbalik, "8",    "50")]
    [InlineData("5",      NegativeFormula.Selisih,       "5",    "100")]   // a point is the band [5, 5]
    [InlineData("5",      NegativeFormula.Selisih,       "4",    "80")]
    [InlineData("5",      NegativeFormula.Selisih,       "6",    "80")]
    [InlineData("5",      NegativeFormula.RasioTerbalik, "6",    "83.3333333333")]
    [InlineData("0..4",   NegativeFormula.Selisih,       "0",    "100")]
    [InlineData("0..4",   NegativeFormula.Selisih,       "-1",   "tidak: TargetZero")]
    [InlineData("-2..2",  NegativeFormula.Selisih,       "0",    "100")]   // inside a band through 0
    [InlineData("-2..2",  NegativeFormula.Selisih,       "-3",   "tidak: NegativeTarget")]
    [InlineData("0..0",   NegativeFormula.Selisih,       "1",    "tidak: TargetZero")]
    [InlineData("0..0",   NegativeFormula.RasioTerbalik, "1",    "0")]
    public void Capaian_Range_Table(string band, NegativeFormula formula, string realisasi, string expected)
    {
        Compute(Polarity.Range, formula, band, realisasi).ShouldBe(expected);
    }

    [Theory]
    [InlineData(Polarity.Positive, NegativeFormula.Selisih)]
    [InlineData(Polarity.Negative, NegativeFormula.Selisih)]
    [InlineData(Polarity.Negative, NegativeFormula.RasioTerbalik)]
    public void Capaian_BandTargetWithoutRangePolarity_IsNotComputable(Polarity polarity, NegativeFormula formula)
    {
        Compute(polarity, formula, "2..4", "3").ShouldBe("tidak: BandTargetWithoutRangePolarity");
    }

    public static TheoryData<Polarity, NegativeFormula, string, bool> AllSettings()
    {
        var data = new TheoryData<Polarity, NegativeFormula, string, bool>();
        foreach (var polarity in Enum.GetValues<Polarity>())
            foreach (var formula in Enum.GetValues<NegativeFormula>())
                foreach (var cap in new[] { "", "100", "120" })
                    foreach (var clamp in new[] { false, true })
                        data.Add(polarity, formula, cap, clamp);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllSettings))]
    public void Capaian_NoRealisasi_IsBelumAdaDataNotZero(Polarity polarity, NegativeFormula formula, string cap, bool clamp)
    {
        var result = CapaianFormula.Compute(Settings(polarity, formula, cap, clamp), T("20"), null);

        result.ShouldBeOfType<CapaianResult.NoData>();
        result.Percent.ShouldBeNull();
    }

    [Fact]
    public void Capaian_NonTerminatingRatio_IsKeptAtFullPrecision()
    {
        var result = CapaianFormula.Compute(IndikatorSettings.Default, 3m, 1m);

        result.Percent.ShouldBe(100m / 3m);
        Math.Round(result.Percent!.Value, 20).ShouldNotBe(Math.Round(result.Percent.Value, 2));
    }

    [Fact]
    public void Capaian_RealisasiBeyondValueLimit_IsRefused()
    {
        var ex = Should.Throw<DomainException>(() =>
            CapaianFormula.Compute(IndikatorSettings.Default, 20m, ValueLimit.MaxAbsolute + 1));

        ex.Field.ShouldBe("Realisasi");
    }

    [Theory]
    [InlineData("1000000000000000000")]
    [InlineData("-1000000000000000000")]
    public void Capaian_RealisasiAtValueLimit_IsComputed(string realisasi)
    {
        CapaianFormula.Compute(IndikatorSettings.Default, 1m, D(realisasi)).ShouldBeOfType<CapaianResult.Computed>();
    }
}
