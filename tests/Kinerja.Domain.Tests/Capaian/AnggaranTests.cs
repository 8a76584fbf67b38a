using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

public class AnggaranTests
{
    //          pagu               realisasi           serapan
    [Theory]
    [InlineData("1000000000",      "870000000",        "87")]
    [InlineData("1000",            "1000",             "100")]
    [InlineData("1000",            "1100",             "110")]                  // overspending is shown, not capped
    [InlineData("1000",            "0",                "0")]
    [InlineData("3",               "1",                "33.3333333333")]
    [InlineData("1000000000000000000", "999999999000000000", "99.9999999")]
    [InlineData("1000",            "-",                "belum ada data")]
    [InlineData("0",               "-",                "belum ada data")]
    [InlineData("0",               "0",                "tidak: PaguZero")]
    [InlineData("0",               "5000",             "tidak: PaguZero")]
    [InlineData("-5000",           "1000",             "tidak: NegativeAmount")]
    [InlineData("5000",            "-1000",            "tidak: NegativeAmount")]
    public void Serapan_Table(string pagu, string realisasi, string expected)
    {
        Describe(Serapan.Compute(D(pagu), realisasi == "-" ? null : D(realisasi))).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1000.5", "0",        "Pagu")]
    [InlineData("1000",   "10.25",    "RealisasiAnggaran")]
    [InlineData("1000000000000000001", "0", "Pagu")]
    [InlineData("1000",   "-1000000000000000001", "RealisasiAnggaran")]
    public void Serapan_NotWholeRupiahOrTooLarge_IsRefused(string pagu, string realisasi, string field)
    {
        Should.Throw<DomainException>(() => Serapan.Compute(D(pagu), D(realisasi))).Field.ShouldBe(field);
    }

    [Fact]
    public void Serapan_WholeRupiahWrittenWithDecimals_IsAccepted()
    {
        Serapan.Compute(1000.00m, 500.0m).Percent.ShouldBe(50m);
    }

    //          capaian   serapan   efisiensi
    [Theory]
    [InlineData("100",    "90",     Efisiensi.Efisien)]          // +10
    [InlineData("100",    "94.99",  Efisiensi.Efisien)]          // +5,01
    [InlineData("100",    "95",     Efisiensi.CukupEfisien)]     // +5: within ±5
    [InlineData("100",    "100",    Efisiensi.CukupEfisien)]
    [InlineData("95",     "100",    Efisiensi.CukupEfisien)]     // −5: within ±5
    [InlineData("94.99",  "100",    Efisiensi.TidakEfisien)]     // −5,01
    [InlineData("80",     "100",    Efisiensi.TidakEfisien)]
    [InlineData("0",      "0",      Efisiensi.CukupEfisien)]
    [InlineData("120",    "50",     Efisiensi.Efisien)]
    [InlineData("-50",    "10",     Efisiensi.TidakEfisien)]
    [InlineData("79228162514264337593543950335", "100", Efisiensi.Efisien)]
    [InlineData("-79228162514264337593543950335", "100", Efisiensi.TidakEfisien)]
    public void Efisiensi_DefaultThresholds_Table(string capaian, string serapan, Efisiensi expected)
    {
        EfisiensiThresholds.Default.Classify(D(capaian), D(serapan)).ShouldBe(expected);
    }

    //          above  below  capaian  serapan  efisiensi
    [Theory]
    [InlineData("10",  "-2",  "109",   "100",   Efisiensi.CukupEfisien)]
    [InlineData("10",  "-2",  "110.1", "100",   Efisiensi.Efisien)]
    [InlineData("10",  "-2",  "98",    "100",   Efisiensi.CukupEfisien)]
    [InlineData("10",  "-2",  "97.9",  "100",   Efisiensi.TidakEfisien)]
    [InlineData("0",   "0",   "100",   "100",   Efisiensi.CukupEfisien)]
    [InlineData("0",   "0",   "100.01","100",   Efisiensi.Efisien)]
    [InlineData("0",   "0",   "99.99", "100",   Efisiensi.TidakEfisien)]
    public void Efisiensi_CustomThresholds_Table(string above, string below, string capaian, string serapan, Efisiensi expected)
    {
        new EfisiensiThresholds(D(above), D(below)).Classify(D(capaian), D(serapan)).ShouldBe(expected);
    }

    [Fact]
    public void Efisiensi_LowerThresholdAboveUpper_IsRefused()
    {
        Should.Throw<DomainException>(() => new EfisiensiThresholds(-5m, 5m)).Field.ShouldBe("Efisiensi");
    }

    [Fact]
    public void Efisiensi_WithoutBothNumbers_HasNoClass()
    {
        var t = EfisiensiThresholds.Default;

        t.Classify(CapaianResult.Empty, CapaianResult.Of(90m)).ShouldBeNull();
        t.Classify(CapaianResult.Of(90m), Serapan.Compute(0m, 0m)).ShouldBeNull();
        t.Classify(CapaianResult.Of(106m), Serapan.Compute(1000m, 870m)).ShouldBe(Efisiensi.Efisien);
    }

    [Theory]
    [InlineData(Efisiensi.Efisien, "Efisien")]
    [InlineData(Efisiensi.CukupEfisien, "Cukup efisien")]
    [InlineData(Efisiensi.TidakEfisien, "Tidak efisien")]
    public void Efisiensi_Label_Table(Efisiensi efisiensi, string label)
    {
        efisiensi.Label().ShouldBe(label);
    }
}
