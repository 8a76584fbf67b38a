using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

public class IndikatorSettingsTests
{
    [Fact]
    public void Default_IsPositiveSelisihKumulatifNoCapKeepTwoDecimals()
    {
        var s = IndikatorSettings.Default;

        s.ShouldBe(new IndikatorSettings());
        (s.Polarity, s.NegativeFormula, s.RollUp, s.Cap, s.NegativeResult, s.Decimals)
            .ShouldBe((Polarity.Positive, NegativeFormula.Selisih, RollUp.Kumulatif, (decimal?)null, NegativeResult.Keep, 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData("100")]
    [InlineData("120")]
    [InlineData("150.5")]
    public void Cap_NoneOrAtLeast100_IsAccepted(string cap)
    {
        new IndikatorSettings { Cap = Cap(cap) }.Cap.ShouldBe(Cap(cap));
    }

    [Theory]
    [InlineData("99.99")]
    [InlineData("0")]
    [InlineData("-1")]
    public void Cap_Below100_IsRefused(string cap)
    {
        Should.Throw<DomainException>(() => new IndikatorSettings { Cap = D(cap) }).Field.ShouldBe("Cap");
    }

    [Fact]
    public void Cap_Below100ViaWith_IsRefusedToo()
    {
        Should.Throw<DomainException>(() => IndikatorSettings.Default with { Cap = 50m }).Field.ShouldBe("Cap");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(10)]
    public void Decimals_ZeroToTen_IsAccepted(int decimals)
    {
        new IndikatorSettings { Decimals = decimals }.Decimals.ShouldBe(decimals);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Decimals_OutsideZeroToTen_IsRefused(int decimals)
    {
        Should.Throw<DomainException>(() => new IndikatorSettings { Decimals = decimals }).Field.ShouldBe("Decimals");
    }

    [Fact]
    public void Enums_UnknownNumber_IsRefusedBeforeAnyComputation()
    {
        Should.Throw<DomainException>(() => new IndikatorSettings { Polarity = (Polarity)9 }).Field.ShouldBe("Polarity");
        Should.Throw<DomainException>(() => new IndikatorSettings { NegativeFormula = 0 }).Field.ShouldBe("NegativeFormula");
        Should.Throw<DomainException>(() => new IndikatorSettings { RollUp = (RollUp)4 }).Field.ShouldBe("RollUp");
        Should.Throw<DomainException>(() => new IndikatorSettings { NegativeResult = 0 }).Field.ShouldBe("NegativeResult");
    }

    [Fact]
    public void Settings_SameValues_AreEqual()
    {
        Settings(Polarity.Negative, NegativeFormula.RasioTerbalik, "120", clamp: true)
            .ShouldBe(Settings(Polarity.Negative, NegativeFormula.RasioTerbalik, "120", clamp: true));
        Settings(Polarity.Negative, NegativeFormula.RasioTerbalik, "120")
            .ShouldNotBe(Settings(Polarity.Negative, NegativeFormula.Selisih, "120"));
    }
}
