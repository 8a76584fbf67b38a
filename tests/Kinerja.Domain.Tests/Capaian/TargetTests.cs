using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

public class TargetTests
{
    [Fact]
    public void Of_Value_IsAPointEqualToTheDecimal()
    {
        Target t = 20m;

        t.ShouldBe(Target.Of(20m));
        (t.Lower, t.Upper, t.IsBand).ShouldBe((20m, 20m, false));
        t.ToString().ShouldBe("20");
    }

    [Fact]
    public void Band_EqualBounds_IsThePoint()
    {
        Target.Band(5m, 5m).ShouldBe(Target.Of(5m));
        Target.Band(5m, 5m).IsBand.ShouldBeFalse();
    }

    [Fact]
    public void Band_LowerAboveUpper_IsRefused()
    {
        Should.Throw<DomainException>(() => Target.Band(4m, 2m)).Field.ShouldBe("Target");
    }

    [Fact]
    public void Default_IsTargetZero()
    {
        default(Target).ShouldBe(Target.Of(0m));
    }

    //          band      value   inside
    [Theory]
    [InlineData("2..4",   "2",    true)]
    [InlineData("2..4",   "4",    true)]
    [InlineData("2..4",   "3.5",  true)]
    [InlineData("2..4",   "1.99", false)]
    [InlineData("2..4",   "4.01", false)]
    [InlineData("5",      "5",    true)]
    [InlineData("5",      "5.0001", false)]
    public void Contains_Table(string band, string value, bool expected)
    {
        T(band).Contains(D(value)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1000000000000000001")]
    [InlineData("-1000000000000000001")]
    public void Target_BeyondValueLimit_IsRefused(string value)
    {
        var v = D(value);

        Should.Throw<DomainException>(() => Target.Of(v));
        Should.Throw<DomainException>(() => v > 0 ? Target.Band(0m, v) : Target.Band(v, 0m));
    }

    [Fact]
    public void TriwulanData_RealisasiBeyondValueLimit_IsRefused()
    {
        Should.Throw<DomainException>(() => new TriwulanData(1m, ValueLimit.MaxAbsolute * 2)).Field.ShouldBe("Realisasi");
    }

    [Fact]
    public void TriwulanData_NullRealisasi_IsNotFilled()
    {
        new TriwulanData(20m, null).IsFilled.ShouldBeFalse();
        new TriwulanData(20m, 0m).IsFilled.ShouldBeTrue();   // 0 is a value, not "not filled"
    }
}
