using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using static Kinerja.Domain.Pengumpulan.FormatAction;
using static Kinerja.Domain.Pengumpulan.FormatStatus;

namespace Kinerja.Domain.Tests.Pengumpulan;

public class PengumpulanPemdaTests
{
    /// <summary>The Pemda-level chain, whole: submit goes straight to verification; no Kasi or Kabid step exists.</summary>
    public static IEnumerable<object?[]> PemdaTable()
    {
        var allowed = new Dictionary<(FormatStatus, FormatAction), FormatStatus>
        {
            [(Isian, Ajukan)] = MenungguVerifikasi,
            [(Dikembalikan, Ajukan)] = MenungguVerifikasi,
            [(MenungguVerifikasi, Kembalikan)] = Dikembalikan,
            [(MenungguVerifikasi, Verifikasi)] = Terkunci,
            [(Terkunci, BukaKembali)] = Dikembalikan,
        };
        foreach (var s in Enum.GetValues<FormatStatus>())
        foreach (var a in Enum.GetValues<FormatAction>())
        foreach (var kasi in new[] { false, true })
            yield return [s, a, kasi, allowed.TryGetValue((s, a), out var next) ? next : null];
    }

    [Theory, MemberData(nameof(PemdaTable))]
    public void PemdaLevel_FollowsItsTable_WhateverTheKasiSetting(FormatStatus status, FormatAction action, bool kasi, FormatStatus? expected)
    {
        if (expected is FormatStatus next)
        {
            FormatChain.Next(status, action, kasi, pemdaLevel: true).ShouldBe(next);
            FormatChain.Allows(status, action, kasi, pemdaLevel: true).ShouldBeTrue();
        }
        else
        {
            var e = Should.Throw<DomainException>(() => FormatChain.Next(status, action, kasi, pemdaLevel: true));
            (e.Message.Length > 0, e.Field).ShouldBe((true, "aksi"));
            FormatChain.Allows(status, action, kasi, pemdaLevel: true).ShouldBeFalse();
        }
    }

    [Fact]
    public void PemdaLevel_NamesWhoVerifies_WhenAskedForAKabidStep() =>
        Should.Throw<DomainException>(() => FormatChain.Next(MenungguKabid, Setujui, false, pemdaLevel: true)).Message.ShouldContain("Bappeda");

    [Theory]
    [InlineData(SopRole.Kepala, true)]
    [InlineData(SopRole.Sekretaris, true)]
    [InlineData(SopRole.KasubagPerencanaan, true)]
    [InlineData(SopRole.KepalaBidang, false)]
    [InlineData(SopRole.KepalaSeksi, false)]
    [InlineData(SopRole.Pelaksana, false)]
    [InlineData(SopRole.AdminOpd, false)]
    [InlineData(SopRole.AdminPemda, false)]
    public void OnlyTheLeadersAndPlanningOfThePlanningAgency_OpenTheRound(SopRole role, bool opens) =>
        PengumpulanPemda.Opens(role).ShouldBe(opens);

    [Fact]
    public void Merge_OneUnit_CopiesItsRowAsItIs() =>
        PengumpulanPemda.Merge([new("/1/4/", 12.5m, "Dana cukup", null, "Lanjutkan", null)])
            .ShouldBe(new RekapValue(12.5m, "Dana cukup", null, "Lanjutkan", null));

    [Fact]
    public void Merge_SeveralUnits_TakesTheHighestUnitsNumber_AndKeepsEveryNarrative()
    {
        var merged = PengumpulanPemda.Merge([
            new("/1/4/9/", 7, "Seksi: pelatihan", "Cuaca", null, null),
            new("/1/4/", 10, "Bidang: anggaran", "Cuaca", null, "Di atas target"),
        ]);
        merged.ShouldBe(new RekapValue(10, "Bidang: anggaran\n\nSeksi: pelatihan", "Cuaca", null, "Di atas target"));
    }

    [Fact]
    public void Merge_SkipsUnitsWithoutAValue_AndEmptyMeansNothing()
    {
        PengumpulanPemda.Merge([new("/1/", null, " ", null, null, null), new("/1/2/", 3, null, null, null, null)]).Realisasi.ShouldBe(3);
        PengumpulanPemda.Merge([]).ShouldBe(new RekapValue(null, null, null, null, null));
    }
}
