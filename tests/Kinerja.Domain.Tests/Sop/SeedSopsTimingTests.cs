using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

public class SeedSopsTimingTests
{
    private static SopDefinition Seed(string name) => SeedSops.Definition(name);

    [Fact]
    public void Bpkpad_Total_IsTheStated122Hari3Jam()
    {
        var bpkpad = Seed(SeedSops.BpkpadBalangan);

        bpkpad.JumlahWaktu.ShouldBe("122 Hari 3 jam");
        bpkpad.TotalWaktu.ShouldBe(new WaktuTotal(Hari: 122, HariKerja: 0, Menit: 182));
        bpkpad.TotalWaktu.Format().ShouldBe("122 Hari 3 jam");
    }

    private static IEnumerable<string> StatingATotal() => SeedSops.All.Keys.Where(n => Seed(n).JumlahWaktu is not null);

    public static TheoryData<string> SeedsStatingATotal() => new(StatingATotal());

    [Theory]
    [MemberData(nameof(SeedsStatingATotal))]
    public void Seed_StatingATotal_ReproducesIt(string name)
    {
        var seed = Seed(name);

        seed.TotalWaktu.Format().ShouldBe(seed.JumlahWaktu);
    }

    [Fact]
    public void SeedsStatingATotal_AreExactlyBpkpad()
    {
        StatingATotal().ShouldBe([SeedSops.BpkpadBalangan]);
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "122 Hari 3 jam", "122 Hari 3 jam 2 menit")]
    [InlineData(SeedSops.BpkpadBalangan, "122 Hari 3 jam", "122 Hari 3 jam 2 menit")]
    [InlineData(SeedSops.PuprperkimBalangan, "3 Hari 7 Hari kerja", "3 Hari 7 Hari kerja 20 menit")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "122 Hari 3 jam", "122 Hari 3 jam 2 menit")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "34 jam 15 menit", "34 jam 15 menit")]
    public void Seed_Total_Table(string name, string format, string exact)
    {
        Seed(name).TotalWaktu.Format().ShouldBe(format);
        Seed(name).TotalWaktu.FormatExact().ShouldBe(exact);
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "15 menit|30 menit|2 menit|30 menit|30 menit|2 hari|120 hari|60 menit|15 menit")]
    [InlineData(SeedSops.BpkpadBalangan, "15 menit|30 menit|2 menit|30 menit|30 menit|2 hari|120 hari|60 menit|15 menit")]
    [InlineData(SeedSops.PuprperkimBalangan, "5 hari kerja|2 hari kerja|10 menit|10 menit|1 hari|1 hari|1 hari")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "15 menit|30 menit|2 menit|30 menit|30 menit|2 hari|120 hari|60 menit|15 menit")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "15 menit|30 menit|15 menit|60 menit|480 menit|480 menit|480 menit|15 menit|480 menit")]
    public void Seed_StepTimes_AreTheDocuments(string name, string times)
    {
        Seed(name).Steps.Select(s => s.MutuBaku.Waktu.ToString()).ShouldBe(times.Split('|'));
    }

    [Fact]
    public void Banggai_TimesAreMinutesFrom15To480()
    {
        var times = Seed(SeedSops.BappedaLitbangBanggai).Steps.Select(s => s.MutuBaku.Waktu).ToList();

        times.ShouldAllBe(t => t.Unit == WaktuUnit.Menit);
        times.Min(t => t.Amount).ShouldBe(15);
        times.Max(t => t.Amount).ShouldBe(480);
    }
}
