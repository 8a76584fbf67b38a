using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Tests.Perencanaan;

public class IndikatorValueTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 0)]
    [InlineData("12.0", 0)]
    [InlineData("12.50", 1)]
    [InlineData("12.5", 1)]
    [InlineData("0.125", 3)]
    [InlineData("1000000.000001", 6)]
    public void DecimalPlaces_IgnoresTrailingZeros(string value, int places)
    {
        IndikatorValue.DecimalPlaces(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(places);
    }

    [Theory]
    [InlineData("87.5", 2, "%", false, null)]
    [InlineData("100", 2, "%", false, null)]
    [InlineData("100.01", 2, "%", false, "antara 0 dan 100")]
    [InlineData("120", 2, "%", true, null)]
    [InlineData("120", 2, "orang", false, null)]
    [InlineData("12.345", 2, "km", false, "paling banyak 2 angka desimal")]
    [InlineData("12.5", 0, "dokumen", false, "bilangan bulat")]
    [InlineData("12.0", 0, "dokumen", false, null)]
    [InlineData("-1", 2, "indeks", false, "tidak boleh negatif")]
    [InlineData("3.75", 2, "indeks", false, null)]
    public void Check_ValueMustFitTheIndicatorsPrecisionAndUnit(string value, int decimals, string satuan, bool above100, string? error)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        if (error is null) Should.NotThrow(() => IndikatorValue.Check(v, decimals, satuan, above100, "Target", "Target 2026"));
        else
        {
            var e = Should.Throw<DomainException>(() => IndikatorValue.Check(v, decimals, satuan, above100, "Target", "Target 2026"));
            e.Message.ShouldContain(error);
            e.Message.ShouldStartWith("Target 2026");
            e.Field.ShouldBe("Target");
        }
    }
}
