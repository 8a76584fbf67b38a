using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

public class WaktuTests
{
    [Theory]
    [InlineData(15, WaktuUnit.Menit, 15, true, "15 menit")]
    [InlineData(3, WaktuUnit.Jam, 180, true, "3 jam")]
    [InlineData(2, WaktuUnit.Hari, 0, false, "2 hari")]
    [InlineData(5, WaktuUnit.HariKerja, 0, false, "5 hari kerja")]
    [InlineData(0, WaktuUnit.Menit, 0, true, "0 menit")]
    public void WaktuBaku_Table(int amount, WaktuUnit unit, int officeMinutes, bool isOfficeTime, string text)
    {
        var waktu = new WaktuBaku(amount, unit);

        waktu.OfficeMinutes.ShouldBe(officeMinutes);
        waktu.IsOfficeTime.ShouldBe(isOfficeTime);
        waktu.ToString().ShouldBe(text);
    }

    [Fact]
    public void WaktuBaku_Negative_IsRefused()
    {
        Should.Throw<DomainException>(() => new WaktuBaku(-1, WaktuUnit.Menit)).Field.ShouldBe("waktu");
    }

    [Fact]
    public void WaktuBaku_UndefinedUnit_IsRefused()
    {
        Should.Throw<DomainException>(() => new WaktuBaku(1, (WaktuUnit)99));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("detik")]
    [InlineData("harikerja")]
    [InlineData("minggu")]
    [InlineData("1")]
    public void WaktuUnits_TryParse_Unknown_IsRejected(string? text)
    {
        WaktuUnits.TryParse(text, out _).ShouldBeFalse();
    }

    // ---- totals ----

    [Theory]
    [InlineData("", "0 menit", "0 menit")]
    [InlineData("45 menit", "45 menit", "45 menit")]
    [InlineData("60 menit", "1 jam", "1 jam")]
    [InlineData("2 jam, 15 menit", "2 jam 15 menit", "2 jam 15 menit")]
    [InlineData("2 hari", "2 Hari", "2 Hari")]
    [InlineData("1 hari, 29 menit", "1 Hari", "1 Hari 29 menit")]              // rounds down below half an hour
    [InlineData("1 hari, 30 menit", "1 Hari 1 jam", "1 Hari 30 menit")]        // half an hour rounds up
    [InlineData("1 hari, 89 menit", "1 Hari 1 jam", "1 Hari 1 jam 29 menit")]
    [InlineData("1 hari, 9 jam", "1 Hari 9 jam", "1 Hari 9 jam")]              // hours never become days
    [InlineData("1 hari, 25 jam", "1 Hari 25 jam", "1 Hari 25 jam")]
    [InlineData("5 hari kerja, 2 hari kerja", "7 Hari kerja", "7 Hari kerja")]
    [InlineData("5 hari kerja, 1 hari, 10 menit", "1 Hari 5 Hari kerja", "1 Hari 5 Hari kerja 10 menit")]
    [InlineData("120 hari, 2 hari, 15 menit, 30 menit, 2 menit, 30 menit, 30 menit, 60 menit, 15 menit", "122 Hari 3 jam", "122 Hari 3 jam 2 menit")]
    public void WaktuTotal_Format_Table(string steps, string format, string exact)
    {
        var total = WaktuTotal.Sum(steps.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(Parse));

        total.Format().ShouldBe(format);
        total.FormatExact().ShouldBe(exact);
    }

    [Fact]
    public void WaktuTotal_Sum_KeepsEachKindApart()
    {
        WaktuTotal.Sum([new(2, WaktuUnit.Hari), new(3, WaktuUnit.HariKerja), new(2, WaktuUnit.Jam), new(5, WaktuUnit.Menit)])
            .ShouldBe(new WaktuTotal(2, 3, 125));
    }

    private static WaktuBaku Parse(string text)
    {
        var space = text.IndexOf(' ');
        WaktuUnits.TryParse(text[(space + 1)..], out var unit).ShouldBeTrue();
        return new WaktuBaku(int.Parse(text[..space], System.Globalization.CultureInfo.InvariantCulture), unit);
    }
}
