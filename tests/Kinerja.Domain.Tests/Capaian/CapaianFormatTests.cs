using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

public class CapaianFormatTests
{
    //          value          decimals  shown
    [Theory]
    [InlineData("87.1",        2,        "87,10 %")]
    [InlineData("87.105",      2,        "87,11 %")]          // half away from zero, as spreadsheets do
    [InlineData("87.125",      2,        "87,13 %")]          // banker's rounding would give 87,12
    [InlineData("87.1049999",  2,        "87,10 %")]
    [InlineData("100",         2,        "100,00 %")]
    [InlineData("106",         2,        "106,00 %")]
    [InlineData("1234.5",      2,        "1.234,50 %")]
    [InlineData("1000000",     2,        "1.000.000,00 %")]
    [InlineData("0",           2,        "0,00 %")]
    [InlineData("-12.5",       2,        "-12,50 %")]
    [InlineData("-0.004",      2,        "0,00 %")]           // no "-0,00 %"
    [InlineData("-0.005",      2,        "-0,01 %")]
    [InlineData("33.3333333333333333333333333", 2, "33,33 %")]
    [InlineData("66.6666666666666666666666667", 2, "66,67 %")]
    [InlineData("87.5",        0,        "88 %")]
    [InlineData("86.5",        0,        "87 %")]
    [InlineData("87.15",       1,        "87,2 %")]
    [InlineData("87.1234",     3,        "87,123 %")]
    [InlineData("116.6666666667", 10,    "116,6666666667 %")]
    public void Percent_Table(string value, int decimals, string shown)
    {
        CapaianFormat.Percent(D(value), decimals).ShouldBe(shown);
    }

    [Fact]
    public void Percent_DefaultsToTwoDecimals()
    {
        CapaianFormat.Percent(87.1m).ShouldBe("87,10 %");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Percent_DecimalsOutOfRange_Throws(int decimals)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => CapaianFormat.Percent(1m, decimals));
    }

    [Fact]
    public void Display_EachResultCase_HasItsText()
    {
        CapaianFormat.Display(CapaianResult.Of(87.1m)).ShouldBe("87,10 %");
        CapaianFormat.Display(CapaianResult.Empty).ShouldBe("Belum ada data");
        CapaianFormat.Display(CapaianResult.Undefined(NotComputableReason.TargetZero)).ShouldBe("Tidak dapat dihitung");
    }

    [Fact]
    public void Display_WithSettings_UsesTheIndicatorsDecimals()
    {
        var oneDecimal = new IndikatorSettings { Decimals = 1 };

        CapaianFormat.Display(CapaianResult.Of(97.3333m), oneDecimal).ShouldBe("97,3 %");
        CapaianFormat.Display(CapaianResult.Empty, oneDecimal).ShouldBe("Belum ada data");
    }

    [Fact]
    public void Display_RoundsOnlyTheShownText_NotTheValue()
    {
        var result = CapaianFormula.Compute(IndikatorSettings.Default, 75m, 73m);

        CapaianFormat.Display(result).ShouldBe("97,33 %");
        result.Percent.ShouldBe(7300m / 75m);
    }
}
