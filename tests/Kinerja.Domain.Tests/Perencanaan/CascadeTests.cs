using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Tests.Perencanaan;

public class CascadeTests
{
    // 1 (Kepala) ← 2 (Kabid) ← 3 (Kasi); 4 stands alone.
    private static readonly Dictionary<int, int?> Links = new() { [1] = null, [2] = 1, [3] = 2, [4] = null };

    [Theory]
    [InlineData(4, 3)]
    [InlineData(4, 1)]
    [InlineData(3, 1)]
    [InlineData(3, null)]
    [InlineData(2, 4)]
    public void EnsureNoCycle_LinkThatEndsAtTheTop_IsAccepted(int row, int? supports)
    {
        Should.NotThrow(() => Cascade.EnsureNoCycle(row, supports, Links));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    public void EnsureNoCycle_LinkBackToItselfOrBelow_IsRefused(int row, int supports)
    {
        var e = Should.Throw<DomainException>(() => Cascade.EnsureNoCycle(row, supports, Links));
        e.Field.ShouldBe("SupportsId");
        e.Message.ShouldContain("melingkar");
    }
}
