using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Tests.Perencanaan;

public class PerjanjianKinerjaRulesTests
{
    [Theory]
    [InlineData(PerjanjianKinerjaStatus.Draft, true)]
    [InlineData(PerjanjianKinerjaStatus.Signed, false)]
    [InlineData(PerjanjianKinerjaStatus.Superseded, false)]
    public void EnsureEditable_OnlyADraftCanBeEdited(PerjanjianKinerjaStatus status, bool editable)
    {
        if (editable) Should.NotThrow(() => PerjanjianKinerjaRules.EnsureEditable(status));
        else Should.Throw<DomainException>(() => PerjanjianKinerjaRules.EnsureEditable(status)).Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void EnsureEditable_SignedPk_PointsToTheRevision()
    {
        Should.Throw<DomainException>(() => PerjanjianKinerjaRules.EnsureEditable(PerjanjianKinerjaStatus.Signed)).Message.ShouldContain("PK perubahan");
    }

    [Theory]
    [InlineData(PerjanjianKinerjaStatus.Draft, 3, null)]
    [InlineData(PerjanjianKinerjaStatus.Draft, 0, "belum memiliki indikator")]
    [InlineData(PerjanjianKinerjaStatus.Signed, 3, "sudah ditandatangani")]
    [InlineData(PerjanjianKinerjaStatus.Superseded, 3, "sudah diganti")]
    public void EnsureCanSign_OnlyADraftWithIndicators_AndNeverTwice(PerjanjianKinerjaStatus status, int indicators, string? error)
    {
        if (error is null) Should.NotThrow(() => PerjanjianKinerjaRules.EnsureCanSign(status, indicators));
        else Should.Throw<DomainException>(() => PerjanjianKinerjaRules.EnsureCanSign(status, indicators)).Message.ShouldContain(error);
    }

    [Theory]
    [InlineData(PerjanjianKinerjaStatus.Draft, false)]
    [InlineData(PerjanjianKinerjaStatus.Signed, true)]
    [InlineData(PerjanjianKinerjaStatus.Superseded, false)]
    public void EnsureCanRevise_OnlyASignedPk(PerjanjianKinerjaStatus status, bool ok)
    {
        if (ok) Should.NotThrow(() => PerjanjianKinerjaRules.EnsureCanRevise(status));
        else Should.Throw<DomainException>(() => PerjanjianKinerjaRules.EnsureCanRevise(status));
    }
}
