using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using static Kinerja.Domain.Pengumpulan.FormAction;
using static Kinerja.Domain.Pengumpulan.FormStatus;

namespace Kinerja.Domain.Tests.Pengumpulan;

public class PemdaRoundTests
{
    /// <summary>The Pemda-level chain, whole: submit goes straight to verification; no Kasi or Kabid step exists.</summary>
    public static IEnumerable<object?[]> PemdaTable()
    {
        var allowed = new Dictionary<(FormStatus, FormAction), FormStatus>
        {
            [(Isian, Ajukan)] = MenungguVerifikasi,
            [(Dikembalikan, Ajukan)] = MenungguVerifikasi,
            [(MenungguVerifikasi, Kembalikan)] = Dikembalikan,
            [(MenungguVerifikasi, Verifikasi)] = Terkunci,
            [(Terkunci, BukaKembali)] = Dikembalikan,
        };
        foreach (var s in Enum.GetValues<FormStatus>())
        foreach (var a in Enum.GetValues<FormAction>())
        foreach (var kasi in new[] { false, true })
            yield return [s, a, kasi, allowed.TryGetValue((s, a), out var next) ? next : null];
    }

    [Theory, MemberData(nameof(PemdaTable))]
    public void PemdaLevel_FollowsItsTable_WhateverTheKasiSetting(FormStatus status, FormAction action, bool kasi, FormStatus? expected)
    {
        if (expected is FormStatus next)
        {
            FormChain.Next(status, action, kasi, pemdaLevel: true).ShouldBe(next);
            FormChain.Allows(status, action, kasi, pemdaLevel: true).ShouldBeTrue();
        }
        else
        {
            var e = Should.Throw<DomainException>(() => FormChain.Next(status, action, kasi, pemdaLevel: true));
            (e.Message.Length > 0, e.Field).ShouldBe((true, "aksi"));
            FormChain.Allows(status, action, kasi, pemdaLevel: true).ShouldBeFalse();
        }
    }

    [Fact]
    public void PemdaLevel_NamesWhoVerifies_WhenAskedForAKabidStep() =>
        Should.Throw<DomainException>(() => FormChain.Next(MenungguKabid, Setujui, false, pemdaLevel: true)).Message.ShouldContain("Bappeda");

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
        PemdaRound.Opens(role).ShouldBe(opens);

    [Fact]
    public void Merge_OneUnit_CopiesItsRowAsItIs() =>
        PemdaRound.Merge([new("/1/4/", 12.5m, "Dana cukup", null, "Lanjutkan", null)])
            .ShouldBe(new RecapValue(12.5m, "Dana cukup", null, "Lanjutkan", null));

    [Fact]
    public void Merge_SeveralUnits_TakesTheHighestUnitsNumber_AndKeepsEveryNarrative()
    {
        var merged = PemdaRound.Merge([
            new("/1/4/9/", 7, "Seksi: pelatihan", "Cuaca", null, null),
            new("/1/4/", 10, "Bidang: anggaran", "Cuaca", null, "Di atas target"),
        ]);
        merged.ShouldBe(new RecapValue(10, "Bidang: anggaran\n\nSeksi: pelatihan", "Cuaca", null, "Di atas target"));
    }

    [Fact]
    public void Merge_SkipsUnitsWithoutAValue_AndEmptyMeansNothing()
    {
        PemdaRound.Merge([new("/1/", null, " ", null, null, null), new("/1/2/", 3, null, null, null, null)]).Realisasi.ShouldBe(3);
        PemdaRound.Merge([]).ShouldBe(new RecapValue(null, null, null, null, null));
    }
}
