using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Tests.Perencanaan;

public class RencanaAksiCheckTests
{
    private static decimal?[] Q(params double?[] q) => q.Select(x => x is null ? (decimal?)null : (decimal)x.Value).ToArray();

    public static TheoryData<RollUpRule, decimal, decimal?[], string?> Cases => new()
    {
        { RollUpRule.Kumulatif, 100m, Q(20, 30, 25, 25), null },
        { RollUpRule.Kumulatif, 100m, Q(20, 30, 25, 20), "Jumlah target TW I–IV (95)" },
        { RollUpRule.Kumulatif, 100m, Q(20, 30, null, 50), null },
        { RollUpRule.Kumulatif, 0.3m, Q(0.1, 0.1, 0.1, null), null },
        { RollUpRule.Kumulatif, 1234.5m, Q(1000, 234, 0, 0), "Jumlah target TW I–IV (1.234)" },
        { RollUpRule.NilaiAkhir, 85m, Q(70, 75, 80, 85), null },
        { RollUpRule.NilaiAkhir, 85m, Q(85, 85, 85, 80), "Target TW IV (80)" },
        { RollUpRule.NilaiAkhir, 85m, Q(70, 75, 80, null), "Target TW IV wajib diisi" },
        { RollUpRule.RataRata, 80m, Q(70, 80, 90, 80), null },
        { RollUpRule.RataRata, 80m, Q(70, 80, 90, 90), "Rata-rata target triwulan (82,5)" },
        { RollUpRule.Kumulatif, 100m, Q(null, null, null, null), "Target triwulan belum diisi." },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Warning_ComparesQuartersWithTheAnnualTargetByRollUpRule(RollUpRule rule, decimal annual, decimal?[] quarters, string? expected)
    {
        var warning = RencanaAksiCheck.Warning(rule, annual, quarters);
        if (expected is null) warning.ShouldBeNull();
        else warning.ShouldNotBeNull().ShouldContain(expected);
    }

    [Fact]
    public void Warning_NeedsFourQuarters()
    {
        Should.Throw<ArgumentException>(() => RencanaAksiCheck.Warning(RollUpRule.Kumulatif, 1, [1m, 2m]));
    }
}
