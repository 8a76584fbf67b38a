using Kinerja.Domain.Capaian;
using Kinerja.Domain.Rekap;

namespace Kinerja.Domain.Tests.Rekap;

public class QuarterTargetsTests
{
    private static string Describe(QuarterTargets t) =>
        $"{t.Source} {string.Join("/", t.Quarters.Select(q => q.Lower is null ? "-" : q.Upper is null ? $"{q.Lower}" : $"{q.Lower}..{q.Upper}"))} year={t.AnnualTarget?.ToString() ?? "-"}";

    private static RencanaAksiPlan Plan(int pk, bool answering, decimal annual, params decimal?[] q) => new(pk, answering, annual, q);

    [Fact]
    public void RencanaAksi_OfTheAnsweringUnitsPk_ComesFirst_ThenTheOldest()
    {
        var plans = new[] { Plan(3, false, 90, 10, 20, 30, 30), Plan(7, true, 100, 20, 30, 25, 25), Plan(5, true, 80, 1, 1, 1, 1) };
        Describe(QuarterTargets.Choose(RollUp.Kumulatif, plans, new YearTarget(100, null))).ShouldBe("RencanaAksi 1/1/1/1 year=80");
        Describe(QuarterTargets.Choose(RollUp.Kumulatif, plans.Take(2), new YearTarget(100, null))).ShouldBe("RencanaAksi 20/30/25/25 year=100");
    }

    [Fact]
    public void APlanWithNoQuarterFilled_IsPassedOver()
    {
        var plans = new[] { Plan(1, true, 100, null, null, null, null), Plan(2, false, 100, 20, null, 25, 25) };
        Describe(QuarterTargets.Choose(RollUp.Kumulatif, plans, null)).ShouldBe("RencanaAksi 20/-/25/25 year=100");
    }

    [Fact]
    public void RangeBands_ComeFromTheRenstraYear_ForLevelsOnly()
    {
        var plans = new[] { Plan(1, true, 80, 80, 80, 85, 85) };
        Describe(QuarterTargets.Choose(RollUp.NilaiAkhir, plans, new YearTarget(80, 95))).ShouldBe("RencanaAksi 80..95/80..95/85..95/85..95 year=80");
        Describe(QuarterTargets.Choose(RollUp.Kumulatif, plans, new YearTarget(80, 95))).ShouldBe("RencanaAksi 80/80/85/85 year=80");
    }

    //          roll-up               expected
    [Theory]
    [InlineData(RollUp.Kumulatif,     "Renstra -/-/-/100 year=100")]   // a flow's quarters cannot be guessed
    [InlineData(RollUp.NilaiAkhir,    "Renstra 100/100/100/100 year=100")]
    [InlineData(RollUp.RataRata,      "Renstra 100/100/100/100 year=100")]
    public void WithoutRencanaAksi_TheRenstraYearIsUsed(RollUp rollUp, string expected)
    {
        Describe(QuarterTargets.Choose(rollUp, [], new YearTarget(100, null))).ShouldBe(expected);
    }

    [Fact]
    public void WithoutAnything_ThereIsNoTarget()
    {
        Describe(QuarterTargets.Choose(RollUp.NilaiAkhir, [], null)).ShouldBe("None -/-/-/- year=-");
    }

    [Fact]
    public void QuarterTarget_ToTarget_UnsetIsZero_BandWhenWider()
    {
        new QuarterTarget(null, null).ToTarget().ShouldBe(Target.Of(0));
        new QuarterTarget(5, 5).ToTarget().ShouldBe(Target.Of(5));
        new QuarterTarget(2, 4).ToTarget().ShouldBe(Target.Band(2, 4));
        new QuarterTarget(5, 3).ToTarget().ShouldBe(Target.Of(5));   // an upper bound below the value is not a band
    }
}
