using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

public class SasaranCapaianTests
{
    /// <summary>"90/-/x/110*3": 90 %, belum ada data, tidak dapat dihitung, 110 % with weight 3.</summary>
    private static (CapaianResult, decimal)[] Indikator(string text) =>
        text == "" ? [] : text.Split('/').Select(item =>
        {
            var parts = item.Split('*');
            var weight = parts.Length == 2 ? D(parts[1]) : 1m;
            CapaianResult result = parts[0] switch
            {
                "-" => CapaianResult.Empty,
                "x" => CapaianResult.Undefined(NotComputableReason.TargetZero),
                var v => CapaianResult.Of(D(v)),
            };
            return (result, weight);
        }).ToArray();

    //          indikator              capaian                           counted noData notComputable
    [Theory]
    [InlineData("90/110/100",          "100",                            3, 0, 0)]
    [InlineData("90",                  "90",                             1, 0, 0)]
    [InlineData("90/-/110",            "100",                            2, 1, 0)]   // belum ada data is not 0 %
    [InlineData("90/x/110",            "100",                            2, 0, 1)]
    [InlineData("90/-/x/120",          "105",                            2, 1, 1)]
    [InlineData("-/-",                 "belum ada data",                 0, 2, 0)]
    [InlineData("x/x",                 "tidak: NoComputableIndicator",   0, 0, 2)]
    [InlineData("-/x",                 "tidak: NoComputableIndicator",   0, 1, 1)]
    [InlineData("",                    "tidak: NoIndicators",            0, 0, 0)]
    [InlineData("0/100",               "50",                             2, 0, 0)]   // a real 0 % counts
    [InlineData("-25/125",             "50",                             2, 0, 0)]   // a kept negative counts as it is
    [InlineData("100/100/101",         "100.3333333333",                 3, 0, 0)]
    public void Mean_Table(string indikator, string capaian, int counted, int noData, int notComputable)
    {
        var result = SasaranCapaian.Mean(Indikator(indikator).Select(i => i.Item1));

        Describe(result.Capaian).ShouldBe(capaian);
        (result.Counted, result.SkippedNoData, result.SkippedNotComputable).ShouldBe((counted, noData, notComputable));
        result.Skipped.ShouldBe(noData + notComputable);
    }

    //          indikator              capaian
    [Theory]
    [InlineData("90*1/110*3",          "105")]               // (90 + 330) / 4
    [InlineData("90*2/110*2",          "100")]               // equal weights: the plain mean
    [InlineData("90*0.25/110*0.75",    "105")]               // weights need not add up to 1 or 100
    [InlineData("90*2/-*5/110*2",      "100")]               // a skipped indicator's weight drops out
    [InlineData("90*2/x*5/110*2",      "100")]
    [InlineData("90*0/110*1",          "110")]
    [InlineData("90*0/110*0",          "tidak: ZeroTotalWeight")]
    [InlineData("90*0/-*4",            "tidak: ZeroTotalWeight")]
    [InlineData("-*1/-*2",             "belum ada data")]
    [InlineData("",                    "tidak: NoIndicators")]
    public void WeightedMean_Table(string indikator, string capaian)
    {
        Describe(SasaranCapaian.WeightedMean(Indikator(indikator)).Capaian).ShouldBe(capaian);
    }

    [Fact]
    public void WeightedMean_NegativeWeight_IsRefused()
    {
        Should.Throw<DomainException>(() => SasaranCapaian.WeightedMean(Indikator("90*-1/110*2"))).Field.ShouldBe("Bobot");
    }

    [Fact]
    public void Mean_IsOverUnroundedCapaian_WhichRoundingFirstWouldChange()
    {
        // Three indicators, target 1000 each: 80,004 %, 90,004 % and 70,007 %.
        var indikator = new[] { "800.04", "900.04", "700.07" }
            .Select(r => CapaianFormula.Compute(IndikatorSettings.Default, 1000m, D(r)))
            .ToArray();
        var roundedFirst = indikator.Average(c => Math.Round(c.Percent!.Value, 2, MidpointRounding.AwayFromZero));

        var sasaran = SasaranCapaian.Mean(indikator);

        sasaran.Capaian.Percent.ShouldBe(80.005m);
        CapaianFormat.Display(sasaran.Capaian).ShouldBe("80,01 %");
        CapaianFormat.Percent(roundedFirst).ShouldBe("80,00 %");   // what rounding first would print
    }

    [Fact]
    public void Mean_OfThirds_KeepsFullPrecision()
    {
        var thirds = new[] { CapaianResult.Of(100m / 3m), CapaianResult.Of(200m / 3m) };

        Number(SasaranCapaian.Mean(thirds).Capaian.Percent!.Value).ShouldBe("50");
    }

    [Fact]
    public void Mean_HugeUncappedCapaian_IsOutOfRangeNotAnException()
    {
        var huge = CapaianResult.Of(decimal.MaxValue / 2);

        Describe(SasaranCapaian.Mean([huge, huge, huge]).Capaian).ShouldBe("tidak: OutOfRange");
    }
}
