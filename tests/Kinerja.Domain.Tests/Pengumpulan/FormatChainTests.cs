using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using static Kinerja.Domain.Pengumpulan.FormatAction;
using static Kinerja.Domain.Pengumpulan.FormatStatus;

namespace Kinerja.Domain.Tests.Pengumpulan;

public class FormatChainTests
{
    /// <summary>The whole table: every (status, action, Kasi step) with where it leads, or null when refused.</summary>
    public static IEnumerable<object?[]> Table()
    {
        var allowed = new Dictionary<(FormatStatus, FormatAction, bool), FormatStatus>
        {
            [(Isian, Ajukan, false)] = MenungguKabid,
            [(Isian, Ajukan, true)] = MenungguKasi,
            [(Dikembalikan, Ajukan, false)] = MenungguKabid,
            [(Dikembalikan, Ajukan, true)] = MenungguKasi,
            [(MenungguKasi, Teruskan, true)] = MenungguKabid,
            [(MenungguKasi, Teruskan, false)] = MenungguKabid,
            [(MenungguKabid, Setujui, false)] = MenungguVerifikasi,
            [(MenungguKabid, Setujui, true)] = MenungguVerifikasi,
            [(MenungguKasi, Kembalikan, false)] = Dikembalikan,
            [(MenungguKasi, Kembalikan, true)] = Dikembalikan,
            [(MenungguKabid, Kembalikan, false)] = Dikembalikan,
            [(MenungguKabid, Kembalikan, true)] = Dikembalikan,
            [(MenungguVerifikasi, Kembalikan, false)] = Dikembalikan,
            [(MenungguVerifikasi, Kembalikan, true)] = Dikembalikan,
            [(MenungguVerifikasi, Verifikasi, false)] = Terkunci,
            [(MenungguVerifikasi, Verifikasi, true)] = Terkunci,
            [(Terkunci, BukaKembali, false)] = Dikembalikan,
            [(Terkunci, BukaKembali, true)] = Dikembalikan,
        };
        foreach (var s in Enum.GetValues<FormatStatus>())
        foreach (var a in Enum.GetValues<FormatAction>())
        foreach (var kasi in new[] { false, true })
            yield return [s, a, kasi, allowed.TryGetValue((s, a, kasi), out var next) ? next : null];
    }

    [Theory, MemberData(nameof(Table))]
    public void Next_FollowsTheTable_AndRefusesEverythingElseWithAMessage(FormatStatus status, FormatAction action, bool kasi, FormatStatus? expected)
    {
        if (expected is FormatStatus next)
        {
            FormatChain.Next(status, action, kasi).ShouldBe(next);
            FormatChain.Allows(status, action, kasi).ShouldBeTrue();
        }
        else
        {
            var e = Should.Throw<DomainException>(() => FormatChain.Next(status, action, kasi));
            e.Message.ShouldNotBeNullOrWhiteSpace();
            e.Field.ShouldBe("aksi");
            FormatChain.Allows(status, action, kasi).ShouldBeFalse();
        }
    }

    [Fact]
    public void Locked_SaysHowToChangeIt() =>
        Should.Throw<DomainException>(() => FormatChain.Next(Terkunci, Ajukan, false)).Message.ShouldContain("buka kembali");

    [Theory]
    [InlineData(MenungguKasi, Kembalikan, new[] { SopRole.KepalaSeksi })]
    [InlineData(MenungguKabid, Kembalikan, new[] { SopRole.KepalaBidang, SopRole.Sekretaris })]
    [InlineData(MenungguVerifikasi, Kembalikan, new[] { SopRole.KasubagPerencanaan })]
    [InlineData(MenungguKabid, Setujui, new[] { SopRole.KepalaBidang, SopRole.Sekretaris })]
    [InlineData(MenungguKasi, Teruskan, new[] { SopRole.KepalaSeksi })]
    [InlineData(MenungguVerifikasi, Verifikasi, new[] { SopRole.KasubagPerencanaan })]
    [InlineData(Terkunci, BukaKembali, new[] { SopRole.KasubagPerencanaan, SopRole.Kepala })]
    [InlineData(Isian, Ajukan, new[] { SopRole.Pelaksana, SopRole.KepalaSeksi, SopRole.KepalaBidang })]
    public void Actors_AreTheSopRolesOfEachStep(FormatStatus status, FormatAction action, SopRole[] roles) =>
        FormatChain.Actors(status, action).ShouldBe(roles);

    [Fact]
    public void ThePlanningSectionNeverApproves_AndTheStaffNeverJudge()
    {
        FormatChain.Actors(MenungguKabid, Setujui).ShouldNotContain(SopRole.KasubagPerencanaan);
        foreach (var a in Enum.GetValues<FormatAction>().Where(FormatChain.IsJudgement))
            foreach (var s in Enum.GetValues<FormatStatus>())
                FormatChain.Actors(s, a).ShouldNotContain(SopRole.Pelaksana);
    }

    [Theory]
    [InlineData(Kembalikan, true)]
    [InlineData(BukaKembali, true)]
    [InlineData(Ajukan, false)]
    [InlineData(Setujui, false)]
    [InlineData(Teruskan, false)]
    [InlineData(Verifikasi, false)]
    public void ReturningAndReopening_NeedANote(FormatAction action, bool needs) => FormatChain.NeedsNote(action).ShouldBe(needs);

    [Theory]
    [InlineData(Teruskan, true)]
    [InlineData(Setujui, true)]
    [InlineData(Verifikasi, true)]
    [InlineData(Kembalikan, true)]
    [InlineData(Ajukan, false)]
    [InlineData(BukaKembali, false)]
    public void Judgements_AreTheStepsASubmitterMayNotTakeOnTheirOwnForm(FormatAction action, bool judgement) =>
        FormatChain.IsJudgement(action).ShouldBe(judgement);

    [Theory]
    [InlineData(Isian, true)]
    [InlineData(Dikembalikan, true)]
    [InlineData(MenungguKasi, false)]
    [InlineData(MenungguKabid, false)]
    [InlineData(MenungguVerifikasi, false)]
    [InlineData(Terkunci, false)]
    public void OnlyAFormWithTheUnit_IsEditable(FormatStatus status, bool editable) => status.IsEditable().ShouldBe(editable);

    [Fact]
    public void EveryStatusAndAction_HasItsOwnLabel()
    {
        Enum.GetValues<FormatStatus>().Select(s => s.Label()).Distinct().Count().ShouldBe(Enum.GetValues<FormatStatus>().Length);
        Enum.GetValues<FormatAction>().Select(a => a.Label()).Distinct().Count().ShouldBe(Enum.GetValues<FormatAction>().Length);
        MenungguKabid.Label().ShouldBe("Menunggu Kepala Bidang");
    }
}
