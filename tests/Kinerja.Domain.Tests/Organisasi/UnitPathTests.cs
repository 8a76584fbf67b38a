using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Tests.Organisasi;

public class UnitPathTests
{
    // An OPD tree used by the move tests (ids are the unit ids, all in OPD 7):
    //   /3/                 Sekretariat
    //   /3/17/              Subbagian Umum
    //   /3/17/42/           (child)
    //   /3/17/42/99/        (grandchild)
    //   /3/17/42/99/150/    (great-grandchild, depth 3 below /3/17/)
    //   /3/20/              Subbagian Keuangan (sibling of /3/17/)
    //   /1/ and /12/        two top-level units whose ids share a leading digit
    private const int Opd = 7;
    private const int OtherOpd = 8;

    [Fact]
    public void Root_OfId_IsIdBetweenSlashes()
    {
        UnitPath.Root(3).ShouldBe("/3/");
    }

    [Fact]
    public void Child_OfRoot_AppendsIdAndSlash()
    {
        UnitPath.Child("/3/", 17).ShouldBe("/3/17/");
    }

    [Fact]
    public void Child_OfChild_BuildsFullPathFromRoot()
    {
        UnitPath.Child(UnitPath.Child(UnitPath.Root(3), 17), 42).ShouldBe("/3/17/42/");
    }

    [Theory]
    [InlineData("/1/", "/1/", true)]              // a unit is in its own subtree
    [InlineData("/1/2/", "/1/", true)]            // child
    [InlineData("/1/2/3/", "/1/", true)]          // grandchild
    [InlineData("/1/2/3/4/5/", "/1/2/", true)]    // deep descendant of an inner unit
    [InlineData("/12/", "/1/", false)]            // prefix trap: 12 starts with 1 but is not below it
    [InlineData("/12/5/", "/1/", false)]          // ... nor is anything below 12
    [InlineData("/1/23/", "/1/2/", false)]        // the same trap one level down
    [InlineData("/3/170/", "/3/17/", false)]      // and with multi-digit ids
    [InlineData("/1/", "/1/2/", false)]           // an ancestor is not a descendant
    [InlineData("/2/", "/1/", false)]             // an unrelated root
    [InlineData("/3/20/", "/3/17/", false)]       // a sibling
    [InlineData("/21/", "/1/", false)]            // an id that merely contains 1
    public void IsSelfOrDescendant_Table(string path, string ofPath, bool expected)
    {
        UnitPath.IsSelfOrDescendant(path, ofPath).ShouldBe(expected);
    }

    [Fact]
    public void IsSelfOrDescendant_TwelveUnderOne_IsNotDescendant()
    {
        UnitPath.IsSelfOrDescendant(UnitPath.Root(12), UnitPath.Root(1)).ShouldBeFalse();
        UnitPath.IsSelfOrDescendant(UnitPath.Child(UnitPath.Root(12), 4), UnitPath.Root(1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/3/", 0)]
    [InlineData("/3/17/", 1)]
    [InlineData("/3/17/42/", 2)]
    [InlineData("/3/17/42/99/", 3)]
    [InlineData("/3/17/42/99/150/", 4)]
    [InlineData("/1234/56789/", 1)]               // counts levels, not digits
    public void Depth_AtLevel_CountsLevelsFromTopLevelUnitAsZero(string path, int expected)
    {
        UnitPath.Depth(path).ShouldBe(expected);
    }

    [Fact]
    public void Depth_OfChild_IsOneMoreThanParent()
    {
        var path = UnitPath.Root(3);
        for (var level = 0; level <= 5; level++)
        {
            UnitPath.Depth(path).ShouldBe(level);
            path = UnitPath.Child(path, 100 + level);
        }
    }

    [Fact]
    public void EnsureCanMove_ToRoot_IsAllowed()
    {
        Should.NotThrow(() => UnitPath.EnsureCanMove("/3/17/42/", Opd, null, null));
    }

    [Fact]
    public void EnsureCanMove_TopLevelUnitToRoot_IsAllowed()
    {
        Should.NotThrow(() => UnitPath.EnsureCanMove("/3/", Opd, null, null));
    }

    [Fact]
    public void EnsureCanMove_UnderSibling_IsAllowed()
    {
        Should.NotThrow(() => UnitPath.EnsureCanMove("/3/17/", Opd, "/3/20/", Opd));
    }

    [Fact]
    public void EnsureCanMove_UpUnderGrandparent_IsAllowed()
    {
        Should.NotThrow(() => UnitPath.EnsureCanMove("/3/17/42/", Opd, "/3/", Opd));
    }

    [Fact]
    public void EnsureCanMove_UnderDescendantOfSibling_IsAllowed()
    {
        Should.NotThrow(() => UnitPath.EnsureCanMove("/3/20/", Opd, "/3/17/42/99/", Opd));
    }

    [Fact]
    public void EnsureCanMove_UnderUnitWhoseIdSharesPrefix_IsAllowed()
    {
        // /12/ is not below /1/, so putting /1/ under /12/ makes no cycle.
        Should.NotThrow(() => UnitPath.EnsureCanMove("/1/", Opd, "/12/", Opd));
        Should.NotThrow(() => UnitPath.EnsureCanMove("/3/17/", Opd, "/3/170/", Opd));
    }

    [Fact]
    public void EnsureCanMove_UnderItself_IsRefused()
    {
        var ex = Should.Throw<DomainException>(() => UnitPath.EnsureCanMove("/3/17/", Opd, "/3/17/", Opd));

        ex.Field.ShouldBe("ParentId");
        ex.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("/3/17/", "/3/17/42/")]              // direct child: depth 1 below
    [InlineData("/3/17/", "/3/17/42/99/")]           // depth 2 below
    [InlineData("/3/17/", "/3/17/42/99/150/")]       // depth 3 below
    [InlineData("/3/", "/3/17/42/99/150/")]          // top-level unit under its deepest descendant
    public void EnsureCanMove_UnderOwnDescendant_IsRefused(string unitPath, string newParentPath)
    {
        var ex = Should.Throw<DomainException>(() => UnitPath.EnsureCanMove(unitPath, Opd, newParentPath, Opd));

        ex.Field.ShouldBe("ParentId");
        ex.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void EnsureCanMove_UnderUnitOfAnotherOpd_IsRefused()
    {
        var ex = Should.Throw<DomainException>(() => UnitPath.EnsureCanMove("/3/17/", Opd, "/50/", OtherOpd));

        ex.Field.ShouldBe("ParentId");
        ex.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void EnsureCanMove_UnderParentWithoutOpd_IsRefused()
    {
        var ex = Should.Throw<DomainException>(() => UnitPath.EnsureCanMove("/3/17/", Opd, "/50/", null));

        ex.Field.ShouldBe("ParentId");
    }

    [Fact]
    public void EnsureCanMove_AnotherOpdAndCycle_ExplainDifferentReasons()
    {
        var otherOpd = Should.Throw<DomainException>(() => UnitPath.EnsureCanMove("/3/17/", Opd, "/50/", OtherOpd));
        var cycle = Should.Throw<DomainException>(() => UnitPath.EnsureCanMove("/3/17/", Opd, "/3/17/42/", Opd));

        otherOpd.Message.ShouldNotBe(cycle.Message);
    }

    [Fact]
    public void Rebase_MovedUnitItself_GetsNewPrefix()
    {
        UnitPath.Rebase("/3/17/", "/3/17/", "/3/20/17/").ShouldBe("/3/20/17/");
    }

    [Fact]
    public void Rebase_DeepDescendant_KeepsItsPathBelowMovedUnit()
    {
        // /3/17/ moves under its sibling /3/20/.
        UnitPath.Rebase("/3/17/42/99/150/", "/3/17/", "/3/20/17/").ShouldBe("/3/20/17/42/99/150/");
    }

    [Fact]
    public void Rebase_DescendantOfUnitMovedToRoot_StartsAtMovedUnit()
    {
        var newPath = UnitPath.Rebase("/3/17/42/99/", "/3/17/", UnitPath.Root(17));

        newPath.ShouldBe("/17/42/99/");
        UnitPath.Depth(newPath).ShouldBe(2);
    }

    [Fact]
    public void Rebase_DescendantOfUnitMovedDeeper_GainsDepth()
    {
        var newPath = UnitPath.Rebase("/3/17/42/", "/3/17/", "/3/20/61/17/");

        newPath.ShouldBe("/3/20/61/17/42/");
        UnitPath.Depth(newPath).ShouldBe(4);
    }

    [Theory]
    [InlineData("/3/20/", "/3/17/")]      // a sibling
    [InlineData("/3/", "/3/17/")]         // the ancestor
    [InlineData("/3/170/", "/3/17/")]     // prefix trap
    [InlineData("/12/", "/1/")]           // prefix trap at the top
    public void Rebase_PathOutsidePrefix_Throws(string path, string oldPrefix)
    {
        Should.Throw<ArgumentException>(() => UnitPath.Rebase(path, oldPrefix, "/9/"));
    }
}
