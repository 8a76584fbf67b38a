namespace Kinerja.Domain.Tests;

public class ValueListTests
{
    private sealed record Holder(ValueList<string> Items);

    [Fact]
    public void Equals_SameItemsSameOrder_IsTrue_AndHashesMatch()
    {
        ValueList<string> a = ["x", "y"];
        var b = new[] { "x", "y" }.ToValueList();

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Theory]
    [InlineData("x,y", "y,x")]
    [InlineData("x,y", "x")]
    [InlineData("x", "X")]
    [InlineData("", "x")]
    public void Equals_DifferentItemsOrOrder_IsFalse(string left, string right)
    {
        static ValueList<string> Of(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries).ToValueList();

        Of(left).Equals(Of(right)).ShouldBeFalse();
    }

    [Fact]
    public void RecordHoldingAList_ComparesByContent()
    {
        new Holder(["a", "b"]).ShouldBe(new Holder(new List<string> { "a", "b" }.ToValueList()));
        new Holder(["a", "b"]).ShouldNotBe(new Holder(["a"]));
    }

    [Fact]
    public void ValueList_IsACopy_NotAViewOfTheSource()
    {
        var source = new List<string> { "a" };
        var list = source.ToValueList();

        source.Add("b");

        list.Count.ShouldBe(1);
    }

    [Fact]
    public void Empty_EqualsAnEmptyCollection_AndPrintsAsBrackets()
    {
        ValueList<int>.Empty.ShouldBe([]);
        ValueList<int>.Empty.Equals(null).ShouldBeFalse();
        ((ValueList<int>)[1, 2]).ToString().ShouldBe("[1, 2]");
    }
}
