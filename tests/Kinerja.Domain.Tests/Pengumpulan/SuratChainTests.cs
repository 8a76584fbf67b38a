using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using static Kinerja.Domain.Pengumpulan.SuratAction;
using static Kinerja.Domain.Pengumpulan.SuratStatus;

namespace Kinerja.Domain.Tests.Pengumpulan;

public class SuratChainTests
{
    private static readonly SopRole[] Clerical = [SopRole.Pelaksana, SopRole.KasubagPerencanaan, SopRole.AdminOpd, SopRole.AdminPemda];

    /// <summary>The SOP's chain: every allowed (status, action) with where it leads and who takes it; everything else refused.</summary>
    private static readonly Dictionary<(SuratStatus, SuratAction), (SuratStatus Next, SopRole[] Actors)> Allowed = new()
    {
        [(Draf, Ajukan)] = (SuratStatus.Koreksi, Clerical),
        [(SuratStatus.Koreksi, SuratAction.Koreksi)] = (MenungguParafKasubag, [SopRole.KasubagPerencanaan]),
        [(MenungguParafKasubag, Paraf)] = (MenungguParafSekretaris, [SopRole.KasubagPerencanaan]),
        [(MenungguParafKasubag, Tolak)] = (SuratStatus.Koreksi, [SopRole.KasubagPerencanaan]),
        [(MenungguParafSekretaris, Paraf)] = (MenungguTandaTangan, [SopRole.Sekretaris]),
        [(MenungguParafSekretaris, Tolak)] = (SuratStatus.Koreksi, [SopRole.Sekretaris]),
        [(MenungguTandaTangan, TandaTangan)] = (Ditandatangani, [SopRole.Kepala]),
        [(MenungguTandaTangan, Tolak)] = (SuratStatus.Koreksi, [SopRole.Kepala]),
        [(Ditandatangani, Gandakan)] = (Digandakan, Clerical),
        [(Digandakan, Distribusikan)] = (Didistribusikan, Clerical),
        [(Didistribusikan, Arsipkan)] = (Diarsipkan, Clerical),
    };

    public static IEnumerable<object?[]> Table() =>
        from s in Enum.GetValues<SuratStatus>()
        from a in Enum.GetValues<SuratAction>()
        select new object?[] { s, a };

    [Theory, MemberData(nameof(Table))]
    public void Next_FollowsTheSopTable_AndRefusesEverythingElseAsAConflict(SuratStatus status, SuratAction action)
    {
        if (Allowed.TryGetValue((status, action), out var step))
        {
            SuratChain.Next(status, action).ShouldBe(step.Next);
            SuratChain.Allows(status, action).ShouldBeTrue();
            SuratChain.Actors(status, action).ShouldBe(step.Actors, ignoreOrder: true);
        }
        else
        {
            var e = Should.Throw<SuratStateException>(() => SuratChain.Next(status, action));
            e.ShouldBeAssignableTo<DomainException>();
            e.Field.ShouldBe("aksi");
            e.Message.ShouldNotBeNullOrWhiteSpace();
            SuratChain.Allows(status, action).ShouldBeFalse();
        }
    }

    [Fact]
    public void TheHappyPath_WalksFromDraftToArchive()
    {
        var s = Draf;
        foreach (var a in new[] { Ajukan, SuratAction.Koreksi, Paraf, Paraf, TandaTangan, Gandakan, Distribusikan, Arsipkan })
            s = SuratChain.Next(s, a);
        s.ShouldBe(Diarsipkan);
        SuratChain.Possible(Diarsipkan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Paraf, MenungguTandaTangan, "sudah diparaf")]
    [InlineData(TandaTangan, Ditandatangani, "sudah ditandatangani")]
    [InlineData(Ajukan, Diarsipkan, "diarsipkan")]
    [InlineData(Tolak, Draf, "menunggu paraf")]
    public void Refusals_SayWhy(SuratAction action, SuratStatus status, string expected) =>
        Should.Throw<SuratStateException>(() => SuratChain.Next(status, action)).Message.ShouldContain(expected);

    [Fact]
    public void OnlyTheRefusal_NeedsANote() =>
        Enum.GetValues<SuratAction>().Where(SuratChain.NeedsNote).ShouldBe([Tolak]);

    [Fact]
    public void AdminsNeverParafOrSign()
    {
        foreach (var s in Enum.GetValues<SuratStatus>())
        foreach (var a in new[] { SuratAction.Koreksi, Paraf, Tolak, TandaTangan })
            SuratChain.Actors(s, a).ShouldNotContain(SopRole.AdminOpd);
    }

    public static IEnumerable<object[]> Passes() =>
    [
        [new (SuratAction, string)[] { }, "kasubag", false],
        [new[] { (Ajukan, "staf"), (SuratAction.Koreksi, "kasubag"), (Paraf, "kasubag") }, "kasubag", true],
        [new[] { (SuratAction.Koreksi, "kasubag"), (Paraf, "KASUBAG") }, "kasubag", true],
        [new[] { (SuratAction.Koreksi, "kasubag"), (Paraf, "kasubag") }, "sekretaris", false],
        // A refusal starts a new pass: the Kasubag initials again after the correction.
        [new[] { (SuratAction.Koreksi, "kasubag"), (Paraf, "kasubag"), (Tolak, "sekretaris") }, "kasubag", false],
        [new[] { (Paraf, "kasubag"), (Tolak, "sekretaris"), (SuratAction.Koreksi, "kasubag"), (Paraf, "kasubag") }, "kasubag", true],
    ];

    [Theory, MemberData(nameof(Passes))]
    public void ParafedInPass_CountsOnlySinceTheLastCorrection((SuratAction, string)[] history, string user, bool expected) =>
        SuratChain.ParafedInPass(history, user).ShouldBe(expected);

    [Theory]
    [InlineData("tanda-tangan", TandaTangan)]
    [InlineData("PARAF", Paraf)]
    [InlineData("arsipkan", Arsipkan)]
    public void Slugs_RoundTrip(string slug, SuratAction action)
    {
        SuratLabels.ParseSlug(slug).ShouldBe(action);
        SuratLabels.ParseSlug(action.Slug()).ShouldBe(action);
    }

    [Fact]
    public void UnknownSlug_IsNull() => SuratLabels.ParseSlug("setujui").ShouldBeNull();
}
