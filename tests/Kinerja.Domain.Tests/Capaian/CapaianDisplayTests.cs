using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>
/// One precision for capaian, and the predikat of the value as shown: a printed table agrees with itself
/// at every band edge of the default scale (91 / 76 / 66 / 51), at 2 decimals and at other precisions.
/// </summary>
public class CapaianDisplayTests
{
    //          capaian       decimals  shown          predikat
    [Theory]
    [InlineData("90.999",      2,       "91,00 %",     "Sangat Tinggi")]  // the published-report case
    [InlineData("90.995",      2,       "91,00 %",     "Sangat Tinggi")]
    [InlineData("90.994999",   2,       "90,99 %",     "Tinggi")]
    [InlineData("91",          2,       "91,00 %",     "Sangat Tinggi")]
    [InlineData("75.995",      2,       "76,00 %",     "Tinggi")]
    [InlineData("75.9949",     2,       "75,99 %",     "Sedang")]
    [InlineData("76",          2,       "76,00 %",     "Tinggi")]
    [InlineData("65.995",      2,       "66,00 %",     "Sedang")]
    [InlineData("65.99499",    2,       "65,99 %",     "Rendah")]
    [InlineData("50.995",      2,       "51,00 %",     "Rendah")]
    [InlineData("50.994",      2,       "50,99 %",     "Sangat Rendah")]
    [InlineData("51",          2,       "51,00 %",     "Rendah")]
    [InlineData("-0.004",      2,       "0,00 %",      "Sangat Rendah")]
    [InlineData("90.5",        0,       "91 %",        "Sangat Tinggi")]  // a Pemda showing whole percents
    [InlineData("90.49",       0,       "90 %",        "Tinggi")]
    [InlineData("75.5",        0,       "76 %",        "Tinggi")]
    [InlineData("65.4",        0,       "65 %",        "Rendah")]
    [InlineData("50.5",        0,       "51 %",        "Rendah")]
    [InlineData("90.95",       1,       "91,0 %",      "Sangat Tinggi")]
    [InlineData("90.94",       1,       "90,9 %",      "Tinggi")]
    [InlineData("90.99999",    4,       "91,0000 %",   "Sangat Tinggi")]
    [InlineData("90.99994",    4,       "90,9999 %",   "Tinggi")]
    public void Predikat_IsTheBandOfTheShownValue(string capaian, int decimals, string shown, string predikat)
    {
        var display = new CapaianDisplay(decimals);
        var result = CapaianResult.Of(D(capaian));
        display.Text(result).ShouldBe(shown);
        display.Predikat(PredikatScale.Default, result)!.Label.ShouldBe(predikat);
    }

    [Fact]
    public void Default_IsTwoDecimals_AndTheScaleUsesIt()
    {
        CapaianDisplay.Default.Decimals.ShouldBe(2);
        PredikatScale.Default.Classify(CapaianResult.Of(90.999m))!.Label.ShouldBe("Sangat Tinggi");
        PredikatScale.Default.Classify(CapaianResult.Of(90.999m), new CapaianDisplay(3))!.Label.ShouldBe("Tinggi");   // "90,999 %"
        PredikatScale.Default.Classify(90.999m).Label.ShouldBe("Tinggi");                                       // the band lookup takes what it is given
    }

    [Fact]
    public void Display_DoesNotDependOnTheIndicatorsDecimals()
    {
        // "88 %" for 87,50 and "124,4000 %" for 124,40 were the old per-indicator display.
        CapaianDisplay.Default.Text(CapaianResult.Of(87.5m)).ShouldBe("87,50 %");
        CapaianDisplay.Default.Text(CapaianResult.Of(124.4m)).ShouldBe("124,40 %");
    }

    [Fact]
    public void NoDataAndNotComputable_HaveTextButNoPredikat()
    {
        CapaianDisplay.Default.Text(CapaianResult.Empty).ShouldBe("Belum ada data");
        CapaianDisplay.Default.Predikat(PredikatScale.Default, CapaianResult.Empty).ShouldBeNull();
        CapaianDisplay.Default.Text(CapaianResult.Undefined(NotComputableReason.TargetZero)).ShouldBe("Tidak dapat dihitung");
        CapaianDisplay.Default.Predikat(PredikatScale.Default, CapaianResult.Undefined(NotComputableReason.TargetZero)).ShouldBeNull();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Decimals_OutsideZeroToTen_AreRefused(int decimals)
    {
        Should.Throw<DomainException>(() => new CapaianDisplay(decimals)).Field.ShouldBe("Decimals");
    }

    //          capaian     serapan     efisiensi (on the shown values)
    [Theory]
    [InlineData("95.004",   "89.996",   Efisiensi.CukupEfisien)]  // shown 95,00 − 90,00 = 5: Cukup, though unrounded d = 5,008
    [InlineData("95.005",   "89.994",   Efisiensi.Efisien)]       // 95,01 − 89,99 = 5,02
    [InlineData("84.996",   "90.004",   Efisiensi.CukupEfisien)]  // 85,00 − 90,00 = −5
    [InlineData("84.994",   "90.005",   Efisiensi.TidakEfisien)]  // 84,99 − 90,01
    public void Efisiensi_IsClassifiedOnTheShownValues(string capaian, string serapan, Efisiensi expected)
    {
        CapaianDisplay.Default.Efisiensi(EfisiensiThresholds.Default, CapaianResult.Of(D(capaian)), CapaianResult.Of(D(serapan))).ShouldBe(expected);
        EfisiensiThresholds.Default.Classify(CapaianResult.Of(D(capaian)), CapaianResult.Of(D(serapan))).ShouldBe(expected);
    }

    [Fact]
    public void Efisiensi_WithoutBothNumbers_IsNull()
    {
        CapaianDisplay.Default.Efisiensi(EfisiensiThresholds.Default, CapaianResult.Empty, CapaianResult.Of(50m)).ShouldBeNull();
        CapaianDisplay.Default.Efisiensi(EfisiensiThresholds.Default, CapaianResult.Of(50m), CapaianResult.Undefined(NotComputableReason.PaguZero)).ShouldBeNull();
    }
}
