using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>Progress toward the annual target: the period's realisasi / T_year, a plain share.</summary>
public class ProgressTowardTests
{
    private static string Progress(string periode, string realisasi, string annual, IndikatorSettings? settings = null) =>
        Describe(CapaianCalculator
            .Calculate(settings ?? IndikatorSettings.Default, Periode.Parse(periode), Quarters("20/30/25/25", realisasi))
            .ProgressToward(D(annual)));

    //          periode        realisasi      annual  progress
    [Theory]
    [InlineData("s.d. TW I",   "18/35/20/30", "100",  "18")]
    [InlineData("s.d. TW II",  "18/35/20/30", "100",  "53")]
    [InlineData("s.d. TW III", "18/35/20/30", "100",  "73")]
    [InlineData("Tahunan",     "18/35/20/30", "100",  "103")]
    [InlineData("TW II",       "18/35/20/30", "100",  "35")]
    [InlineData("s.d. TW III", "18/35/-/-",   "100",  "53")]
    [InlineData("Tahunan",     "18/35/20/30", "120",  "85.8333333333")]
    [InlineData("Tahunan",     "-/-/-/-",     "100",  "belum ada data")]
    [InlineData("TW I",        "0/-/-/-",     "0",    "100")]
    [InlineData("TW I",        "5/-/-/-",     "0",    "tidak: TargetZero")]
    [InlineData("TW I",        "5/-/-/-",     "-10",  "tidak: NegativeTarget")]
    [InlineData("TW I",        "5/-/-/-",     "-0.01","tidak: NegativeTarget")]
    [InlineData("TW I",        "-5/-/-/-",    "10",   "-50")]
    public void ProgressToward_Kumulatif_Table(string periode, string realisasi, string annual, string expected)
    {
        Progress(periode, realisasi, annual).ShouldBe(expected);
    }

    [Fact]
    public void ProgressToward_IgnoresCapAndPolarity()
    {
        var settings = Settings(Polarity.Negative, NegativeFormula.RasioTerbalik, cap: "100", clamp: true);

        // A share of the annual ceiling used, not a capaian: 103 of 100 is 103 %, not capped, not inverted.
        Progress("Tahunan", "18/35/20/30", "100", settings).ShouldBe("103");
        Progress("TW I", "-5/-/-/-", "10", settings).ShouldBe("-50");
    }

    [Fact]
    public void ProgressToward_NilaiAkhir_UsesTheLastFilledQuarter()
    {
        var settings = new IndikatorSettings { RollUp = RollUp.NilaiAkhir };

        Progress("s.d. TW III", "18/35/20/-", "25", settings).ShouldBe("80");
    }

    [Fact]
    public void ProgressToward_AnnualTargetBeyondValueLimit_IsRefused()
    {
        var period = CapaianCalculator.Calculate(IndikatorSettings.Default, Periode.Tahunan, Quarters("1/1/1/1", "1/1/1/1"));

        Should.Throw<DomainException>(() => period.ProgressToward(ValueLimit.MaxAbsolute * 10));
    }
}
