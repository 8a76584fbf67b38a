using Kinerja.Domain.Rekap;
using static Kinerja.Domain.Rekap.DataStatus;

namespace Kinerja.Domain.Tests.Rekap;

public class DataStatusTests
{
    //          statuses                              least final
    [Theory]
    [InlineData(new DataStatus[0],                                        BelumDiisi)]
    [InlineData(new[] { Terkunci },                                       Terkunci)]
    [InlineData(new[] { Terkunci, Terkunci },                             Terkunci)]
    [InlineData(new[] { Terkunci, Diajukan },                             Diajukan)]
    [InlineData(new[] { Diajukan, BelumDiisi },                           BelumDiisi)]
    [InlineData(new[] { BelumDiisi, Dikembalikan },                       Dikembalikan)]
    [InlineData(new[] { Dikembalikan, Terkunci, Diajukan, BelumDiisi },   Dikembalikan)]
    public void LeastFinal_Table(DataStatus[] statuses, DataStatus expected)
    {
        DataStatuses.LeastFinal(statuses).ShouldBe(expected);
    }

    //          status        locked only   with submitted
    [Theory]
    [InlineData(Terkunci,     true,         true)]
    [InlineData(Diajukan,     false,        true)]
    [InlineData(Dikembalikan, false,        false)]
    [InlineData(BelumDiisi,   false,        false)]
    public void IsCounted_Table(DataStatus status, bool lockedOnly, bool withSubmitted)
    {
        status.IsCounted(includeSubmitted: false).ShouldBe(lockedOnly);
        status.IsCounted(includeSubmitted: true).ShouldBe(withSubmitted);
    }

    [Fact]
    public void Labels_AreIndonesianAndDistinct()
    {
        Enum.GetValues<DataStatus>().Select(s => s.Label()).ShouldBe(["Terkunci", "Diajukan (belum final)", "Dikembalikan", "Belum diisi"]);
    }
}
