using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Tests.Organisasi;

public class AccessRulesTests
{
    /// <summary>"manage Pemda", "read Opd, read Pemda", ... into grants.</summary>
    private static Grant[] Grants(string expected) =>
        expected.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(g => g.Split(' ') switch
            {
                ["manage", var level] => new Grant(Enum.Parse<AccessLevel>(level), Manage: true),
                ["read", var level] => new Grant(Enum.Parse<AccessLevel>(level), Manage: false),
                _ => throw new ArgumentException($"bad grant '{g}'"),
            })
            .ToArray();

    public static TheoryData<SopRole, bool, bool> AllCombinations()
    {
        var data = new TheoryData<SopRole, bool, bool>();
        foreach (var role in Enum.GetValues<SopRole>())
            foreach (var hasUnit in new[] { false, true })
                foreach (var acrossPemda in new[] { false, true })
                    data.Add(role, hasUnit, acrossPemda);
        return data;
    }

    private static readonly SopRole[] AdminRoles = [SopRole.AdminPemda, SopRole.AdminOpd];

    private static readonly SopRole[] PlanningAgencyLeaders =
        [SopRole.Kepala, SopRole.Sekretaris, SopRole.KepalaBidang, SopRole.KasubagPerencanaan];

    //          role                         hasUnit acrossPemda  expected grants
    [Theory]
    [InlineData(SopRole.AdminPemda,          false,  false,       "manage Pemda")]
    [InlineData(SopRole.AdminPemda,          false,  true,        "manage Pemda")]
    [InlineData(SopRole.AdminPemda,          true,   false,       "manage Pemda")]
    [InlineData(SopRole.AdminPemda,          true,   true,        "manage Pemda")]
    [InlineData(SopRole.AdminOpd,            false,  false,       "manage Opd")]
    [InlineData(SopRole.AdminOpd,            false,  true,        "manage Opd")]
    [InlineData(SopRole.AdminOpd,            true,   false,       "manage Opd")]
    [InlineData(SopRole.AdminOpd,            true,   true,        "manage Opd")]
    [InlineData(SopRole.Kepala,              false,  false,       "read Opd")]
    [InlineData(SopRole.Kepala,              false,  true,        "read Opd, read Pemda")]
    [InlineData(SopRole.Kepala,              true,   false,       "read Opd")]
    [InlineData(SopRole.Kepala,              true,   true,        "read Opd, read Pemda")]
    [InlineData(SopRole.Sekretaris,          false,  false,       "read Opd")]
    [InlineData(SopRole.Sekretaris,          false,  true,        "read Opd, read Pemda")]
    [InlineData(SopRole.Sekretaris,          true,   false,       "read Opd")]
    [InlineData(SopRole.Sekretaris,          true,   true,        "read Opd, read Pemda")]
    [InlineData(SopRole.KasubagPerencanaan,  false,  false,       "read Opd")]
    [InlineData(SopRole.KasubagPerencanaan,  false,  true,        "read Opd, read Pemda")]
    [InlineData(SopRole.KasubagPerencanaan,  true,   false,       "read Opd")]
    [InlineData(SopRole.KasubagPerencanaan,  true,   true,        "read Opd, read Pemda")]
    [InlineData(SopRole.KepalaBidang,        false,  false,       "read Opd")]
    [InlineData(SopRole.KepalaBidang,        false,  true,        "read Opd, read Pemda")]
    [InlineData(SopRole.KepalaBidang,        true,   false,       "read Subtree")]
    [InlineData(SopRole.KepalaBidang,        true,   true,        "read Subtree, read Pemda")]
    [InlineData(SopRole.KepalaSeksi,         false,  false,       "read Opd")]
    [InlineData(SopRole.KepalaSeksi,         false,  true,        "read Opd")]
    [InlineData(SopRole.KepalaSeksi,         true,   false,       "read Subtree")]
    [InlineData(SopRole.KepalaSeksi,         true,   true,        "read Subtree")]
    [InlineData(SopRole.Pelaksana,           false,  false,       "read Opd")]
    [InlineData(SopRole.Pelaksana,           false,  true,        "read Opd")]
    [InlineData(SopRole.Pelaksana,           true,   false,       "read Subtree")]
    [InlineData(SopRole.Pelaksana,           true,   true,        "read Subtree")]
    public void GrantsFor_Table(SopRole role, bool hasUnit, bool opdReadsAcrossPemda, string expected)
    {
        AccessRules.GrantsFor(role, hasUnit, opdReadsAcrossPemda)
            .ShouldBe(Grants(expected), ignoreOrder: true);
    }

    [Fact]
    public void GrantsFor_Table_CoversEveryRoleUnitAndPemdaSettingCombination()
    {
        var rows = InlineDataTable.Rows<AccessRulesTests>(nameof(GrantsFor_Table))
            .Select(r => ((SopRole)r[0]!, (bool)r[1]!, (bool)r[2]!))
            .ToList();
        var all = AllCombinations().Select(r => ((SopRole)r[0], (bool)r[1], (bool)r[2])).ToList();

        rows.ShouldBeUnique();
        rows.ShouldBe(all, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void GrantsFor_AnyRole_IsNeverEmpty(SopRole role, bool hasUnit, bool opdReadsAcrossPemda)
    {
        AccessRules.GrantsFor(role, hasUnit, opdReadsAcrossPemda).ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void GrantsFor_AnyRole_HasNoDuplicateGrants(SopRole role, bool hasUnit, bool opdReadsAcrossPemda)
    {
        AccessRules.GrantsFor(role, hasUnit, opdReadsAcrossPemda).ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void GrantsFor_NonAdminRole_NeverManages(SopRole role, bool hasUnit, bool opdReadsAcrossPemda)
    {
        var grants = AccessRules.GrantsFor(role, hasUnit, opdReadsAcrossPemda);

        if (AdminRoles.Contains(role))
            grants.ShouldAllBe(g => g.Manage);
        else
            grants.ShouldAllBe(g => !g.Manage);
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void GrantsFor_PemdaRead_OnlyPlanningAgencyLeadersWhenPemdaAllowsIt(
        SopRole role, bool hasUnit, bool opdReadsAcrossPemda)
    {
        var readsPemda = AccessRules.GrantsFor(role, hasUnit, opdReadsAcrossPemda)
            .Contains(new Grant(AccessLevel.Pemda, Manage: false));

        readsPemda.ShouldBe(opdReadsAcrossPemda && PlanningAgencyLeaders.Contains(role));
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void GrantsFor_OnlyAdminPemda_ManagesPemda(SopRole role, bool hasUnit, bool opdReadsAcrossPemda)
    {
        var managesPemda = AccessRules.GrantsFor(role, hasUnit, opdReadsAcrossPemda)
            .Contains(new Grant(AccessLevel.Pemda, Manage: true));

        managesPemda.ShouldBe(role == SopRole.AdminPemda);
    }

    [Theory]
    [InlineData(SopRole.AdminPemda, AccessLevel.Pemda)]
    [InlineData(SopRole.AdminOpd, AccessLevel.Opd)]
    [InlineData(SopRole.KasubagPerencanaan, AccessLevel.Opd)]
    [InlineData(SopRole.Kepala, null)]
    [InlineData(SopRole.Sekretaris, null)]
    [InlineData(SopRole.KepalaBidang, null)]
    [InlineData(SopRole.KepalaSeksi, null)]
    [InlineData(SopRole.Pelaksana, null)]
    public void PlanEditing_OnlyThePlanningSectionAndAdminsWriteThePlan(SopRole role, AccessLevel? level)
    {
        AccessRules.PlanEditing(role).ShouldBe(level);
    }

    [Fact]
    public void PlanEditing_Table_CoversEveryRole()
    {
        InlineDataTable.Rows<AccessRulesTests>(nameof(PlanEditing_OnlyThePlanningSectionAndAdminsWriteThePlan))
            .Select(r => (SopRole)r[0]!).ShouldBe(Enum.GetValues<SopRole>(), ignoreOrder: true);
    }
}
