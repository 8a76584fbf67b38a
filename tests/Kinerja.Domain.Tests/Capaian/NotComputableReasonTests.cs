using Kinerja.Domain.Capaian;

namespace Kinerja.Domain.Tests.Capaian;

public class NotComputableReasonTests
{
    public static TheoryData<NotComputableReason> AllReasons() => new(Enum.GetValues<NotComputableReason>());

    [Theory]
    [MemberData(nameof(AllReasons))]
    public void Label_EveryReason_IsIndonesianTextNotTheEnumName(NotComputableReason reason)
    {
        reason.Label().ShouldNotBeNullOrWhiteSpace();
        reason.Label().ShouldNotBe(reason.ToString());
    }

    [Fact]
    public void Label_AllReasons_AreDistinct()
    {
        Enum.GetValues<NotComputableReason>().Select(r => r.Label()).ShouldBeUnique();
    }

    [Fact]
    public void CapaianResult_Cases_AreEqualByValueAndOnlyComputedHasPercent()
    {
        CapaianResult.Of(106m).ShouldBe(new CapaianResult.Computed(106.00m));
        CapaianResult.Empty.ShouldBe(new CapaianResult.NoData());
        CapaianResult.Undefined(NotComputableReason.TargetZero).ShouldNotBe(CapaianResult.Undefined(NotComputableReason.RealisasiZero));
        CapaianResult.Of(0m).Percent.ShouldBe(0m);
        CapaianResult.Empty.Percent.ShouldBeNull();
        CapaianResult.Undefined(NotComputableReason.TargetZero).Percent.ShouldBeNull();
    }
}
