using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Tests.Organisasi;

public class SopRolesTests
{
    public static TheoryData<SopRole> AllRoles() => new(Enum.GetValues<SopRole>());

    [Theory]
    [MemberData(nameof(AllRoles))]
    public void Label_EveryRole_IsNotEmpty(SopRole role)
    {
        role.Label().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Label_AllRoles_AreDistinct()
    {
        var labels = Enum.GetValues<SopRole>().Select(r => r.Label().ToUpperInvariant()).ToList();

        labels.ShouldBeUnique();
    }

    // Labels are what users see and what import files carry, so they are pinned.
    [Theory]
    [InlineData(SopRole.Kepala, "Kepala Perangkat Daerah")]
    [InlineData(SopRole.Sekretaris, "Sekretaris")]
    [InlineData(SopRole.KepalaBidang, "Kepala Bidang")]
    [InlineData(SopRole.KasubagPerencanaan, "Kasubag Perencanaan / Kasubbid Data")]
    [InlineData(SopRole.KepalaSeksi, "Kepala Seksi / Kasubag")]
    [InlineData(SopRole.Pelaksana, "Pelaksana / Fungsional")]
    [InlineData(SopRole.AdminOpd, "Admin OPD")]
    [InlineData(SopRole.AdminPemda, "Admin Pemda")]
    public void Label_Table(SopRole role, string expected)
    {
        role.Label().ShouldBe(expected);
    }

    [Fact]
    public void Label_Table_CoversEveryRole()
    {
        InlineDataTable.Rows<SopRolesTests>(nameof(Label_Table)).Select(r => (SopRole)r[0]!)
            .ShouldBe(Enum.GetValues<SopRole>(), ignoreOrder: true);
    }

    public static TheoryData<string, SopRole> AcceptedSpellings()
    {
        var data = new TheoryData<string, SopRole>();
        foreach (var role in Enum.GetValues<SopRole>())
        {
            // Distinct: for Sekretaris the enum name and the label are the same word.
            var spellings = new[] { role.ToString(), role.Label() }
                .SelectMany(t => new[] { t, t.ToUpperInvariant(), t.ToLowerInvariant(), "  " + t + "\t " })
                .Distinct();
            foreach (var text in spellings) data.Add(text, role);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AcceptedSpellings))]
    public void TryParse_NameOrLabelAnyCaseWithSurroundingSpaces_IsAccepted(string text, SopRole expected)
    {
        SopRoles.TryParse(text, out var role).ShouldBeTrue();
        role.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bupati")]
    [InlineData("Admin")]
    [InlineData("Kepala Dinas")]
    [InlineData("Kepala Bidang Umum")]
    [InlineData("Kepala  Bidang")]        // inner spacing must match the label
    [InlineData("7")]                     // the numeric value is neither a name nor a label
    [InlineData("0")]
    public void TryParse_EmptyOrUnknown_IsRejected(string? text)
    {
        SopRoles.TryParse(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(SopRole.AdminPemda, JabatanPlacement.Pemda)]
    [InlineData(SopRole.Kepala, JabatanPlacement.OpdOrUnit)]
    [InlineData(SopRole.AdminOpd, JabatanPlacement.OpdOrUnit)]
    [InlineData(SopRole.Sekretaris, JabatanPlacement.Unit)]
    [InlineData(SopRole.KepalaBidang, JabatanPlacement.Unit)]
    [InlineData(SopRole.KasubagPerencanaan, JabatanPlacement.Unit)]
    [InlineData(SopRole.KepalaSeksi, JabatanPlacement.Unit)]
    [InlineData(SopRole.Pelaksana, JabatanPlacement.Unit)]
    public void Placement_Table(SopRole role, JabatanPlacement expected)
    {
        role.Placement().ShouldBe(expected);
    }

    [Fact]
    public void Placement_Table_CoversEveryRole()
    {
        InlineDataTable.Rows<SopRolesTests>(nameof(Placement_Table)).Select(r => (SopRole)r[0]!)
            .ShouldBe(Enum.GetValues<SopRole>(), ignoreOrder: true);
    }
}
