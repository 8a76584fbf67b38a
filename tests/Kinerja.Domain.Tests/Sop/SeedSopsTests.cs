using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>The five seeds hold what shared/seeds/README.md says each document contains.</summary>
public class SeedSopsTests
{
    public static TheoryData<string> SeedNames() => new(SeedSops.All.Keys);

    private static SopDefinition Seed(string name) => SeedSops.Definition(name);

    [Fact]
    public void All_HoldsTheFiveSeedSops()
    {
        SeedSops.All.Keys.ShouldBe(
        [
            SeedSops.BappedaLitbangBanggai,
            SeedSops.BpbdBalangan,
            SeedSops.BpkpadBalangan,
            SeedSops.DiskopUkmPerindagBalangan,
            SeedSops.PuprperkimBalangan,
        ], ignoreOrder: true);
    }

    [Fact]
    public void Definition_UnknownName_IsRefused()
    {
        Should.Throw<DomainException>(() => SeedSops.Definition("bpbd")).Message.ShouldBe("SOP contoh 'bpbd' tidak ada.");
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_RoundTripsThroughTheWriter(string name)
    {
        var definition = Seed(name);

        SopDefinitionParser.Parse(SopDefinitionWriter.Write(definition)).ShouldBe(definition);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_WrittenTextIsStable(string name)
    {
        var once = SopDefinitionWriter.Write(Seed(name));

        SopDefinitionWriter.Write(SopDefinitionParser.Parse(once)).ShouldBe(once);
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, 9)]
    [InlineData(SeedSops.BpkpadBalangan, 9)]
    [InlineData(SeedSops.PuprperkimBalangan, 7)]       // row 8 of the document is "selesai", the end
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, 9)]
    [InlineData(SeedSops.BappedaLitbangBanggai, 9)]
    public void Seed_StepCount_IsTheDocuments(string name, int steps)
    {
        Seed(name).Steps.Select(s => s.No).ShouldBe(Enumerable.Range(1, steps));
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "Sekretaris Dinas|Kepala Bidang|Kasubag Perencanaan Evaluasi dan Pelaporan|Kepala Seksi|Staf Penyusun Evaluasi Kinerja")]
    [InlineData(SeedSops.BpkpadBalangan, "Sekretaris|Kepala Bidang|Kasubbag Perencanaan dan Pelaporan|Kepala Seksi|Staf Penyusun Evaluasi Kinerja")]
    [InlineData(SeedSops.PuprperkimBalangan, "Staf/JF umum|KASUBAG. PERENCANAAN DAN PELAPORAN|SEKDIN|KADIS|SUBBAG DAN JF")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "Sekretaris|Kepala Bidang|Kasubbag Perencanaan dan Pelaporan|Pejabat Fungsional|Pengelola Program dan Pelaporan")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "Kepala Bappeda & Litbang|Sekretaris|Kabid|Kasubag|Jabatan Pelaksana")]
    public void Seed_ActorColumns_AreTheDocumentsInOrder(string name, string titles)
    {
        Seed(name).Pelaksana.Select(p => p.Judul).ShouldBe(titles.Split('|'));
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "Sekretaris,KepalaBidang,KasubagPerencanaan,KepalaSeksi,Pelaksana")]
    [InlineData(SeedSops.BpkpadBalangan, "Sekretaris,KepalaBidang,KasubagPerencanaan,KepalaSeksi,Pelaksana")]
    [InlineData(SeedSops.PuprperkimBalangan, "Pelaksana,KasubagPerencanaan,Sekretaris,Kepala,KepalaSeksi")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "Sekretaris,KepalaBidang,KasubagPerencanaan,Pelaksana,Pelaksana")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "Kepala,Sekretaris,KepalaBidang,KasubagPerencanaan,Pelaksana")]
    public void Seed_ActorColumns_MapToSopRoles(string name, string roles)
    {
        Seed(name).Pelaksana.Select(p => p.Peran).ShouldBe(roles.Split(',').Select(Enum.Parse<SopRole>));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_EveryActorColumn_PerformsSomeStep(string name)
    {
        var seed = Seed(name);

        seed.Pelaksana.Select(p => p.Id).ShouldBeSubsetOf(seed.Steps.SelectMany(s => s.Pelaksana));
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "sekretaris|kasubag|staf|staf|kasubag|kasubag|kabid,kasi|kabid|sekretaris")]
    [InlineData(SeedSops.BpkpadBalangan, "sekretaris|kasubbag|staf|staf|kasubbag|kasubbag|kabid,kasi|kabid|sekretaris")]
    [InlineData(SeedSops.PuprperkimBalangan, "staf|kasubag|kasubag,sekdin|kadis|staf|staf,subbag_jf|staf")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "sekretaris|kasubbag|pengelola|pengelola|kasubbag|kasubbag|kabid,fungsional|kabid|kabid")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "kepala|sekretaris|kasubag|kabid,kasubag,pelaksana|pelaksana|pelaksana|kabid|kabid|pelaksana")]
    public void Seed_StepActors_AreTheDocumentedReading(string name, string actorsPerStep)
    {
        Seed(name).Steps.Select(s => string.Join(',', s.Pelaksana)).ShouldBe(actorsPerStep.Split('|'));
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "1>2|2>3|3>4|4>5|5>6|6>7|7>9,8|8>selesai|9>selesai")]
    [InlineData(SeedSops.BpkpadBalangan, "1>2|2>3|3>4|4>5|5>6|6>7|7>8|8>9|9>selesai")]
    [InlineData(SeedSops.PuprperkimBalangan, "1>2|2>3|3>4,2|4>5|5>6|6>7|7>selesai")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "1>2|2>3|3>4|4>5|5>6|6>7|7>9,8|8>selesai|9>selesai")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "1>2|2>3|3>4|4>5|5>6|6>7|7>8|8>9|9>selesai")]
    public void Seed_Flow_IsTheDocumentedReading(string name, string flow)
    {
        // "7>9,8" reads: after step 7, Ya goes to 9 and Tidak to 8.
        var seed = Seed(name);

        seed.Steps.Select(s => $"{s.No}>{string.Join(',', seed.NextOf(s))}").ShouldBe(flow.Split('|'));
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "7")]
    [InlineData(SeedSops.BpkpadBalangan, "")]
    [InlineData(SeedSops.PuprperkimBalangan, "3")]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "7")]
    [InlineData(SeedSops.BappedaLitbangBanggai, "")]
    public void Seed_DecisionSteps(string name, string decisions)
    {
        string.Join(',', Seed(name).Steps.Where(s => s.IsDecision).Select(s => s.No)).ShouldBe(decisions);
    }

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, "sekretaris", null)]
    [InlineData(SeedSops.BpkpadBalangan, null, null)]
    [InlineData(SeedSops.PuprperkimBalangan, null, null)]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, "sekretaris", "kasubbag")]
    [InlineData(SeedSops.BappedaLitbangBanggai, null, null)]
    public void Seed_MulaiAndSelesaiHolders_AreWhereTheDocumentShowsThem(string name, string? mulai, string? selesai)
    {
        var seed = Seed(name);

        seed.Start.ShouldBe(new SopStart(1, mulai));
        seed.End.ShouldBe(new SopEnd(selesai));
    }
}
