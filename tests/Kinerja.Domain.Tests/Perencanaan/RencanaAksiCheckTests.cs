using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Tests.Perencanaan;

public class RencanaAksiCheckTests
{
    private static decimal?[] Q(params double?[] q) => q.Select(x => x is null ? (decimal?)null : (decimal)x.Value).ToArray();

    public static TheoryData<RollUp, decimal, decimal?[], string?> Cases => new()
    {
        { RollUp.Kumulatif, 100m, Q(20, 30, 25, 25), null },
        { RollUp.Kumulatif, 100m, Q(20, 30, 25, 20), "Jumlah target TW I–IV (95)" },
        { RollUp.Kumulatif, 100m, Q(20, 30, null, 50), null },
        { RollUp.Kumulatif, 0.3m, Q(0.1, 0.1, 0.1, null), null },
        { RollUp.Kumulatif, 1234.5m, Q(1000, 234, 0, 0), "Jumlah target TW I–IV (1.234)" },
        { RollUp.NilaiAkhir, 85m, Q(70, 75, 80, 85), null },
        { RollUp.NilaiAkhir, 85m, Q(85, 85, 85, 80), "Target TW IV (80)" },
        { RollUp.NilaiAkhir, 85m, Q(70, 75, 80, null), "Target TW IV wajib diisi" },
        { RollUp.RataRata, 80m, Q(70, 80, 90, 80), null },
        { RollUp.RataRata, 80m, Q(70, 80, 90, 90), "Rata-rata target triwulan (82,5)" },
        { RollUp.Kumulatif, 100m, Q(null, null, null, null), "Target triwulan belum diisi." },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Warning_ComparesQuartersWithTheAnnualTargetByRollUp(RollUp rule, decimal annual, decimal?[] quarters, string? expected)
    {
        var warning = RencanaAksiCheck.Warning(rule, annual, quarters);
        if (expected is null) warning.ShouldBeNull();
        else warning.ShouldNotBeNull().ShouldContain(expected);
    }

    [Fact]
    public void Warning_NeedsFourQuarters()
    {
        Should.Throw<ArgumentException>(() => RencanaAksiCheck.Warning(RollUp.Kumulatif, 1, [1m, 2m]));
    }
}
