using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>How each seed SOP runs: the steps passed through for every combination of decisions, and refused outcomes.</summary>
public class SopRunTests
{
    private static SopRun Run(string seed) => new(SeedSops.Definition(seed));

    private static int[] P(string steps) => steps.Split(' ').Select(int.Parse).ToArray();

    public static TheoryData<string, string, string> Paths() => new()
    {
        // seed, the outcomes each decision takes in turn ("" = none asked), the steps passed through
        { SeedSops.BpkpadBalangan, "", "1 2 3 4 5 6 7 8 9" },
        { SeedSops.BappedaLitbangBanggai, "", "1 2 3 4 5 6 7 8 9" },
        { SeedSops.BpbdBalangan, "Ya", "1 2 3 4 5 6 7 9" },
        { SeedSops.BpbdBalangan, "Tidak", "1 2 3 4 5 6 7 8" },
        { SeedSops.DiskopUkmPerindagBalangan, "Ya", "1 2 3 4 5 6 7 9" },
        { SeedSops.DiskopUkmPerindagBalangan, "Tidak", "1 2 3 4 5 6 7 8" },
        { SeedSops.PuprperkimBalangan, "Ya", "1 2 3 4 5 6 7" },
        // The paraf refused once: the draft goes back to correction (2), then is initialled.
        { SeedSops.PuprperkimBalangan, "Tidak Ya", "1 2 3 2 3 4 5 6 7" },
        { SeedSops.PuprperkimBalangan, "Tidak Tidak Ya", "1 2 3 2 3 2 3 4 5 6 7" },
    };

    [Theory, MemberData(nameof(Paths))]
    public void Seed_RunsThroughItsSteps_FollowingEachDecision(string seed, string outcomes, string expected)
    {
        var queue = new Queue<Keputusan>(outcomes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Keputusan>));
        var asked = 0;
        var path = Run(seed).Path((_, _) => { asked++; return queue.Dequeue(); });

        path.ShouldBe(P(expected));
        asked.ShouldBe(outcomes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData(SeedSops.BpkpadBalangan, 1)]
    [InlineData(SeedSops.BpbdBalangan, 1)]
    [InlineData(SeedSops.PuprperkimBalangan, 1)]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, 1)]
    [InlineData(SeedSops.BappedaLitbangBanggai, 1)]
    public void Seed_StartsAtItsMulaiStep(string seed, int first) => Run(seed).First.No.ShouldBe(first);

    [Theory]
    [InlineData(SeedSops.BpkpadBalangan, 9)]
    [InlineData(SeedSops.BpbdBalangan, 8)]
    [InlineData(SeedSops.BpbdBalangan, 9)]
    [InlineData(SeedSops.PuprperkimBalangan, 7)]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, 8)]
    [InlineData(SeedSops.BappedaLitbangBanggai, 9)]
    public void LastStep_EndsTheRun(string seed, int last) => Run(seed).Next(last, null).IsSelesai.ShouldBeTrue();

    [Theory]
    [InlineData(SeedSops.BpbdBalangan, 7)]
    [InlineData(SeedSops.DiskopUkmPerindagBalangan, 7)]
    [InlineData(SeedSops.PuprperkimBalangan, 3)]
    public void DecisionStep_WithoutAnOutcome_IsRefused(string seed, int step)
    {
        var e = Should.Throw<DomainException>(() => Run(seed).Next(step, null));
        (e.Message, e.Field).ShouldBe(($"Langkah {step} adalah keputusan: pilih Ya atau Tidak.", "keputusan"));
    }

    [Theory]
    [InlineData(SeedSops.BpkpadBalangan, 1)]
    [InlineData(SeedSops.PuprperkimBalangan, 2)]
    public void OrdinaryStep_WithAnOutcome_IsRefused(string seed, int step) =>
        Should.Throw<DomainException>(() => Run(seed).Next(step, Keputusan.Tidak)).Field.ShouldBe("keputusan");

    [Fact]
    public void UnknownStep_IsRefused() => Should.Throw<DomainException>(() => Run(SeedSops.BpkpadBalangan).Next(42, null)).Message.ShouldBe("Langkah 42 tidak ada.");

    [Fact]
    public void AChooserThatNeverLeavesTheLoop_IsStopped() =>
        Should.Throw<DomainException>(() => Run(SeedSops.PuprperkimBalangan).Path((_, _) => Keputusan.Tidak, maxSteps: 50));

    [Theory]
    [InlineData(SeedSops.BpkpadBalangan, 7, "kabid kasi")]
    [InlineData(SeedSops.BpkpadBalangan, 3, "staf")]
    [InlineData(SeedSops.PuprperkimBalangan, 3, "kasubag sekdin")]
    [InlineData(SeedSops.BappedaLitbangBanggai, 4, "kabid kasubag pelaksana")]
    public void Step_IsAssignedToItsPelaksanaColumns(string seed, int step, string ids) =>
        string.Join(' ', Run(seed).PelaksanaOf(step).Select(p => p.Id)).ShouldBe(ids);

    [Fact]
    public void Kelengkapan_IsAChecklistOfTheListedDocuments() =>
        SopRun.KelengkapanItems(SeedSops.Definition(SeedSops.BpkpadBalangan).Step(3))
            .ShouldBe(["Disposisi", "Rencana Aksi", "PK", "Laporan Progress Bulanan"]);
}
