using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Tests.Perencanaan;

public class PaguCheckTests
{
    [Theory]
    [InlineData(1_000_000_000L, 1_000_000_000L, true)]
    [InlineData(1_000_000_000L, 999_999_999L, true)]
    [InlineData(1_000_000_000L, 1_000_000_001L, false)]
    [InlineData(0L, 0L, true)]
    [InlineData(0L, 1L, false)]
    [InlineData(null, 5_000_000_000L, true)]
    public void EnsureChildrenFit_ChildrenMayNotExceedTheParent(long? parent, long children, bool ok)
    {
        if (ok) Should.NotThrow(() => PaguCheck.EnsureChildrenFit(parent, children, "program 1.05.03", 2026));
        else
        {
            var e = Should.Throw<DomainException>(() => PaguCheck.EnsureChildrenFit(parent, children, "program 1.05.03", 2026));
            e.Message.ShouldContain("melebihi pagu program 1.05.03");
            e.Message.ShouldContain("tahun 2026");
            e.Field.ShouldBe("Jumlah");
        }
    }

    [Fact]
    public void Rupiah_IsWholeRupiahWithIndonesianGrouping()
    {
        PaguCheck.Rupiah(1_234_567_890L).ShouldBe("Rp 1.234.567.890");
    }

    [Fact]
    public void EnsureValid_RefusesANegativePagu()
    {
        Should.Throw<DomainException>(() => PaguCheck.EnsureValid(-1)).Message.ShouldContain("negatif");
        Should.NotThrow(() => PaguCheck.EnsureValid(0));
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(PaguCheck.Maximum + 1)]
    public void EnsureValid_RefusesAPaguAboveTheMaximum(long pagu)
    {
        Should.Throw<DomainException>(() => PaguCheck.EnsureValid(pagu)).Message.ShouldContain("paling banyak Rp 1.000.000.000.000.000");
        Should.NotThrow(() => PaguCheck.EnsureValid(PaguCheck.Maximum));
    }

    [Fact]
    public void Total_ThatWouldWrap_IsRefused_NotNegative()
    {
        Should.Throw<DomainException>(() => PaguCheck.Total("Jumlah", long.MaxValue, 1)).Field.ShouldBe("Jumlah");
        PaguCheck.Total("Jumlah", 2, 3, 4).ShouldBe(9);
    }

    [Fact]
    public void EnsureChildrenFit_ANegativeTotal_IsRefusedEvenWithoutAParentPagu()
    {
        Should.Throw<DomainException>(() => PaguCheck.EnsureChildrenFit(1_000, -5, "program 1.05.03", 2026));
    }
}
