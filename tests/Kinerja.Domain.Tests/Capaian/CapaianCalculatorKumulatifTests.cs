using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>Kumulatif (flows): the period's T and R are sums of its filled quarters, compared once.</summary>
public class CapaianCalculatorKumulatifTests
{
    // domain.md's worked example: annual target 100.
    private const string Targets = "20/30/25/25";

    private static PeriodeCapaian Calc(string periode, string realisasi, string targets = Targets, IndikatorSettings? settings = null) =>
        CapaianCalculator.Calculate(settings ?? IndikatorSettings.Default, Periode.Parse(periode), Quarters(targets, realisasi));

    //          periode        capaian           T     R     full  missing
    [Theory]
    [InlineData("TW I",        "90",             "20", "18", "20", "")]
    [InlineData("TW II",       "116.6666666667", "30", "35", "30", "")]
    [InlineData("TW III",      "80",             "25", "20", "25", "")]
    [InlineData("TW IV",       "120",            "25", "30", "25", "")]
    [InlineData("Semester I",  "106",            "50", "53", "50", "")]   // domain.md: 53 / 50 = 106 %
    [InlineData("Semester II", "100",            "50", "50", "50", "")]
    [InlineData("Tahunan",     "103",            "100","103","100", "")]
    [InlineData("s.d. TW I",   "90",             "20", "18", "20", "")]
    [InlineData("s.d. TW II",  "106",            "50", "53", "50", "")]
    [InlineData("s.d. TW III", "97.3333333333",  "75", "73", "75", "")]
    [InlineData("s.d. TW IV",  "103",            "100","103","100", "")]
    public void Calculate_WorkedExample_EveryPeriod(string periode, string capaian, string target, string realisasi, string full, string missing)
    {
        var result = Calc(periode, "18/35/20/30");

        Describe(result.Capaian).ShouldBe(capaian);
        Number(result.Target).ShouldBe(target);
        Number(result.Realisasi!.Value).ShouldBe(realisasi);
        Number(result.FullTarget).ShouldBe(full);
        string.Join(",", result.Missing).ShouldBe(missing);
        result.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void Calculate_WorkedExampleSemesterI_Is106PercentExactly()
    {
        Calc("Semester I", "18/35/20/30").Capaian.ShouldBe(CapaianResult.Of(106m));
    }

    //          realisasi      periode        capaian           T     R     missing
    [Theory]
    [InlineData("18/-/-/-",    "TW I",        "90",             "20", "18", "")]
    [InlineData("18/-/-/-",    "TW II",       "belum ada data", "-",  "-",  "2")]
    [InlineData("18/-/-/-",    "Semester I",  "90",             "20", "18", "2")]     // over the filled quarter, flagged
    [InlineData("18/-/-/-",    "Semester II", "belum ada data", "-",  "-",  "3,4")]
    [InlineData("18/-/-/-",    "Tahunan",     "90",             "20", "18", "2,3,4")]
    [InlineData("18/-/-/-",    "s.d. TW III", "90",             "20", "18", "2,3")]
    [InlineData("18/35/-/-",   "s.d. TW II",  "106",            "50", "53", "")]
    [InlineData("18/35/-/-",   "s.d. TW III", "106",            "50", "53", "3")]
    [InlineData("18/35/-/-",   "Tahunan",     "106",            "50", "53", "3,4")]
    [InlineData("18/-/20/-",   "Tahunan",     "84.4444444444",  "45", "38", "2,4")]   // a gap: the filled ones count
    [InlineData("18/-/20/-",   "Semester II", "80",             "25", "20", "4")]
    [InlineData("-/35/-/-",    "Semester I",  "116.6666666667", "30", "35", "1")]
    [InlineData("-/-/-/-",     "Tahunan",     "belum ada data", "-",  "-",  "1,2,3,4")]
    [InlineData("-/-/-/-",     "TW I",        "belum ada data", "-",  "-",  "1")]
    [InlineData("0/-/-/-",     "TW I",        "0",              "20", "0",  "")]      // 0 reported is data
    [InlineData("0/0/0/0",     "Tahunan",     "0",              "100","0",  "")]
    public void Calculate_PartlyFilled_ComputesOverFilledQuartersAndFlagsTheRest(
        string realisasi, string periode, string capaian, string target, string periodRealisasi, string missing)
    {
        var result = Calc(periode, realisasi);

        Describe(result.Capaian).ShouldBe(capaian);
        Number(result.Target).ShouldBe(target);
        (result.Realisasi is { } r ? Number(r) : "-").ShouldBe(periodRealisasi);
        string.Join(",", result.Missing).ShouldBe(missing);
        result.IsComplete.ShouldBe(missing == "");
        result.Filled.Concat(result.Missing).Order().ShouldBe(result.Periode.Covered);
    }

    [Theory]
    [InlineData("Semester I", "50")]
    [InlineData("Tahunan", "100")]
    [InlineData("s.d. TW III", "75")]
    public void Calculate_NoData_StillReportsThePeriodsFullTarget(string periode, string full)
    {
        var result = Calc(periode, "-/-/-/-");

        result.Capaian.ShouldBeOfType<CapaianResult.NoData>();
        Number(result.FullTarget).ShouldBe(full);
        result.Target.ShouldBeNull();
        result.Realisasi.ShouldBeNull();
    }

    //          formula                        periode       capaian
    [Theory]
    [InlineData(NegativeFormula.Selisih,       "Semester I", "100")]            // (40 − 20) / 20
    [InlineData(NegativeFormula.Selisih,       "Tahunan",    "103.3333333333")] // (60 − 29) / 30
    [InlineData(NegativeFormula.RasioTerbalik, "Tahunan",    "103.4482758621")] // 30 / 29
    [InlineData(NegativeFormula.RasioTerbalik, "TW I",       "125")]
    [InlineData(NegativeFormula.Selisih,       "TW II",      "80")]
    public void Calculate_NegativeIndicator_AppliesFormulaToTheSums(NegativeFormula formula, string periode, string capaian)
    {
        var settings = Settings(Polarity.Negative, formula);

        Describe(Calc(periode, "8/12/9/-", "10/10/10/10", settings).Capaian).ShouldBe(capaian);
    }

    [Fact]
    public void Calculate_RangeBands_AddUp()
    {
        var settings = Settings(Polarity.Range, NegativeFormula.Selisih);

        var result = Calc("Semester I", "1.5/2.5/-/-", "1..2/1..2/1..2/1..2", settings);

        Number(result.Target).ShouldBe("2..4");
        Describe(result.Capaian).ShouldBe("100");
        Number(result.FullTarget).ShouldBe("2..4");
    }

    [Fact]
    public void Calculate_ZeroQuarterTargetsWithRealisasi_IsComputedAgainstThePeriodSum()
    {
        // A quarter with target 0 is common (the work happens later); the semester compares sums.
        Describe(Calc("Semester I", "5/20/-/-", "0/20/40/40").Capaian).ShouldBe("125");
        Describe(Calc("TW I", "5/20/-/-", "0/20/40/40").Capaian).ShouldBe("tidak: TargetZero");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(0)]
    public void Calculate_NotFourQuarters_Throws(int count)
    {
        var quarters = Enumerable.Repeat(new TriwulanData(10m, 5m), count).ToArray();

        Should.Throw<ArgumentException>(() => CapaianCalculator.Calculate(IndikatorSettings.Default, Periode.Tahunan, quarters));
    }
}
