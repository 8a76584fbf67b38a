using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Tests.Organisasi;

public class UnitKindsTests
{
    public static TheoryData<UnitKind> AllKinds() => new(Enum.GetValues<UnitKind>());

    [Theory]
    [InlineData(UnitKind.Sekretariat, "Sekretariat")]
    [InlineData(UnitKind.Bidang, "Bidang")]
    [InlineData(UnitKind.Subbagian, "Subbagian")]
    [InlineData(UnitKind.Seksi, "Seksi")]
    [InlineData(UnitKind.Subbidang, "Subbidang")]
    [InlineData(UnitKind.Uptd, "UPTD")]
    [InlineData(UnitKind.Lainnya, "Lainnya")]
    public void Label_Table(UnitKind kind, string expected)
    {
        kind.Label().ShouldBe(expected);
    }

    [Fact]
    public void Label_Table_CoversEveryKind()
    {
        InlineDataTable.Rows<UnitKindsTests>(nameof(Label_Table)).Select(r => (UnitKind)r[0]!)
            .ShouldBe(Enum.GetValues<UnitKind>(), ignoreOrder: true);
    }

    [Fact]
    public void Label_Uptd_IsUpperCaseAbbreviation()
    {
        UnitKind.Uptd.Label().ShouldBe("UPTD");
    }

    [Fact]
    public void Label_AllKinds_AreDistinct()
    {
        Enum.GetValues<UnitKind>().Select(k => k.Label().ToUpperInvariant()).ToList().ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void TryParse_Label_RoundTrips(UnitKind kind)
    {
        UnitKinds.TryParse(kind.Label(), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(kind);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void TryParse_EnumName_RoundTrips(UnitKind kind)
    {
        UnitKinds.TryParse(kind.ToString(), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(kind);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void TryParse_LabelAnyCaseWithSurroundingSpaces_IsAccepted(UnitKind kind)
    {
        foreach (var text in new[]
                 {
                     kind.Label().ToLowerInvariant(),
                     kind.Label().ToUpperInvariant(),
                     " \t" + kind.Label() + "  ",
                 })
        {
            UnitKinds.TryParse(text, out var parsed).ShouldBeTrue($"'{text}' was rejected");
            parsed.ShouldBe(kind);
        }
    }

    [Theory]
    [InlineData("UPTD")]
    [InlineData("Uptd")]
    [InlineData("uptd")]
    [InlineData(" UPTD ")]
    public void TryParse_UptdSpellings_AreUptd(string text)
    {
        UnitKinds.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(UnitKind.Uptd);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Dinas")]
    [InlineData("Sub Bagian")]
    [InlineData("Kecamatan")]
    [InlineData("6")]                     // the numeric value is neither a name nor a label
    public void TryParse_EmptyOrUnknown_IsRejected(string? text)
    {
        UnitKinds.TryParse(text, out _).ShouldBeFalse();
    }
}
