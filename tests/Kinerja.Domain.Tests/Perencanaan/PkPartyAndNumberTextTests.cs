using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Tests.Perencanaan;

public class PkPartyTests
{
    [Theory]
    [InlineData(SopRole.Kepala, true)]
    [InlineData(SopRole.Sekretaris, true)]
    [InlineData(SopRole.KepalaBidang, true)]
    [InlineData(SopRole.KepalaSeksi, true)]
    [InlineData(SopRole.KasubagPerencanaan, true)]
    [InlineData(SopRole.Pelaksana, false)]
    [InlineData(SopRole.AdminOpd, false)]
    [InlineData(SopRole.AdminPemda, false)]
    public void CarriesPk_OnlyTheStructuralHeads(SopRole role, bool carries)
    {
        PkParty.CarriesPk(role).ShouldBe(carries);
        if (carries) PkParty.EnsureCarriesPk(role, "X", "JabatanId");
        else Should.Throw<DomainException>(() => PkParty.EnsureCarriesPk(role, "X", "JabatanId")).Field.ShouldBe("JabatanId");
    }

    [Fact]
    public void EveryRole_IsDecided()
    {
        // A new role must be placed on one side of the rule on purpose.
        Enum.GetValues<SopRole>().Length.ShouldBe(8);
    }
}

public class NumberTextTests
{
    [Theory]
    [InlineData("80,50", "80.50")]
    [InlineData("80.50", "80.50")]
    [InlineData(" 80,5 ", "80.5")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1.234.567,25", "1234567.25")]
    [InlineData("0", "0")]
    [InlineData("-3,5", "-3.5")]
    [InlineData("12", "12")]
    [InlineData("1 234,5", "1234.5")]
    public void Parse_ReadsIndonesianAndInvariantNumbers(string text, string expected)
    {
        NumberText.Parse(text, "Target", "Target").ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_EmptyIsNoValue(string? text)
    {
        NumberText.Parse(text, "Target", "Target").ShouldBeNull();
    }

    [Theory]
    [InlineData("delapan puluh")]
    [InlineData("80%")]
    [InlineData("1,234.5")]
    [InlineData("1.234.5")]
    [InlineData("1,2,3")]
    [InlineData("80,5a")]
    [InlineData("--1")]
    public void Parse_RefusesWhatIsNotANumber_NamingTheField(string text)
    {
        var e = Should.Throw<DomainException>(() => NumberText.Parse(text, "Rows[0].TargetTw1", "Target TW I"));
        e.Field.ShouldBe("Rows[0].TargetTw1");
        e.Message.ShouldContain("bukan angka");
    }
}
