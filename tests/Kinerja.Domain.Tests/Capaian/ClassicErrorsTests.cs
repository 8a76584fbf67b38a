using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>
/// domain.md names the classic errors: adding quarterly percentages, averaging quarterly capaian,
/// and (T − R) / T for lower-is-better. Each test computes the wrong answer beside the engine's and
/// shows they differ, so nobody "simplifies" the engine into one of them.
/// </summary>
public class ClassicErrorsTests
{
    private static readonly TriwulanData[] WorkedExample = Quarters("20/30/25/25", "18/35/20/30");

    private static decimal Quarterly(int triwulan) =>
        CapaianCalculator.Calculate(IndikatorSettings.Default, Periode.Triwulan(triwulan), WorkedExample).Capaian.Percent!.Value;

    private static decimal Engine(Periode periode) =>
        CapaianCalculator.Calculate(IndikatorSettings.Default, periode, WorkedExample).Capaian.Percent!.Value;

    [Fact]
    public void SemesterI_SumOfQuarterlyPercentages_IsNotTheCapaian()
    {
        var summed = Quarterly(1) + Quarterly(2);                 // 90 + 116,67 = 206,67 %: meaningless

        Number(summed).ShouldBe("206.6666666667");
        Engine(Periode.Semester(1)).ShouldBe(106m);
        summed.ShouldNotBe(Engine(Periode.Semester(1)));
    }

    [Fact]
    public void SemesterI_MeanOfQuarterlyCapaian_IsNotTheCapaian()
    {
        var averaged = (Quarterly(1) + Quarterly(2)) / 2;         // 103,33 %: weighs a small quarter like a big one

        Number(averaged).ShouldBe("103.3333333333");
        CapaianFormat.Percent(averaged).ShouldBe("103,33 %");
        CapaianFormat.Percent(Engine(Periode.Semester(1))).ShouldBe("106,00 %");
    }

    [Fact]
    public void Tahunan_MeanOfFourQuarterlyCapaian_IsNotTheCapaian()
    {
        var averaged = Enumerable.Range(1, 4).Sum(Quarterly) / 4;

        Number(averaged).ShouldBe("101.6666666667");
        Engine(Periode.Tahunan).ShouldBe(103m);
    }

    [Fact]
    public void NegativeIndicator_ReductionFormula_IsNotTheCapaian()
    {
        // (T − R) / T measures the reduction (20 %), not the achievement (120 %).
        var reduction = (20m - 16m) / 20m * 100;
        var engine = CapaianFormula.Compute(Settings(Polarity.Negative, NegativeFormula.Selisih), 20m, 16m);

        reduction.ShouldBe(20m);
        engine.Percent.ShouldBe(120m);
    }

    [Fact]
    public void NilaiAkhirIndicator_SummingQuarters_IsNotTheCapaian()
    {
        // A percentage indicator (e.g. "persentase jalan mantap") is a level: the year is TW IV, not ΣR / ΣT.
        var quarters = Quarters("70/72/74/75", "68/73/74/76");
        var nilaiAkhir = CapaianCalculator.Calculate(new IndikatorSettings { RollUp = RollUp.NilaiAkhir }, Periode.Tahunan, quarters);
        var wronglySummed = CapaianCalculator.Calculate(IndikatorSettings.Default, Periode.Tahunan, quarters);

        Number(nilaiAkhir.Capaian.Percent!.Value).ShouldBe("101.3333333333");   // 76 / 75
        Number(wronglySummed.Capaian.Percent!.Value).ShouldBe("100");            // 291 / 291: four levels added up
        nilaiAkhir.Realisasi.ShouldBe(76m);
    }
}
