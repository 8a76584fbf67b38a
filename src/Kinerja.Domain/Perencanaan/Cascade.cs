namespace Kinerja.Domain.Perencanaan;

/// <summary>
/// The PK cascade: a lower PK indicator supports an upper one. Following "supports" links from any
/// indicator must end at the top; a link that would come back to where it started is a cycle.
/// </summary>
public static class Cascade
{
    /// <param name="supports">For each indicator row, the row it supports (null at the top).</param>
    public static void EnsureNoCycle(int row, int? newSupports, IReadOnlyDictionary<int, int?> supports)
    {
        var seen = new HashSet<int> { row };
        for (var next = newSupports; next is int n; next = supports.GetValueOrDefault(n))
        {
            if (!seen.Add(n))
                throw new DomainException("Cascade tidak boleh melingkar: indikator ini (secara tidak langsung) mendukung dirinya sendiri.", "SupportsId");
        }
    }
}
