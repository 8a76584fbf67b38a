using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>Cycles, unreachable steps, whole-text problems, and several mistakes at once.</summary>
public class SopFlowValidationTests
{
    // Steps only; the identity block and actors of the minimal definition are put in front.
    private static string WithSteps(string langkah, int startStep = 1) =>
        SopYaml.Minimal[..SopYaml.Minimal.IndexOf("langkah:\n", StringComparison.Ordinal)]
        + "langkah:\n" + langkah + $"mulai:\n  langkah: {startStep}\n";

    private static string Step(int no, string flow = "") =>
        $"  - nomor: {no}\n    kegiatan: Langkah {no}\n    pelaksana: [staf]\n    waktu: {{ value: 1, unit: jam }}\n" + flow;

    [Fact]
    public void Parse_DecisionWhoseBranchesBothLoopBack_ReportsEveryTrappedStep()
    {
        var yaml = SopYaml.Minimal.Replace("    ya: selesai\n", "    ya: 1\n");

        SopYaml.ErrorsOf(yaml).ShouldBe(
        [
            new SopDefinitionError(15, "langkah 1", "tidak dapat mencapai selesai (siklus tanpa jalan keluar: 1 → 2 → 1)"),
            new SopDefinitionError(19, "langkah 2", "tidak dapat mencapai selesai (siklus tanpa jalan keluar: 2 → 1 → 2)"),
        ]);
    }

    [Fact]
    public void Parse_StepThatContinuesToItself_IsTrapped_AndWhatFollowsIsNeverReached()
    {
        var yaml = SopYaml.Minimal.Replace("    waktu: { value: 2, unit: hari kerja }\n", "    waktu: { value: 2, unit: hari kerja }\n    lanjut: 1\n");

        SopYaml.ErrorsOf(yaml).ShouldBe(
        [
            new SopDefinitionError(15, "langkah 1", "tidak dapat mencapai selesai (siklus tanpa jalan keluar: 1 → 1)"),
            new SopDefinitionError(20, "langkah 2", "tidak pernah dicapai dari langkah mulai (1)"),
        ]);
    }

    [Fact]
    public void Parse_StepLeadingIntoACycle_NamesTheCycleItRunsInto()
    {
        var yaml = WithSteps(Step(1) + Step(2) + Step(3, "    lanjut: 2\n"));

        SopYaml.ErrorsOf(yaml).Select(e => e.Message).ShouldBe(
        [
            "tidak dapat mencapai selesai (siklus tanpa jalan keluar: 2 → 3 → 2)",
            "tidak dapat mencapai selesai (siklus tanpa jalan keluar: 2 → 3 → 2)",
            "tidak dapat mencapai selesai (siklus tanpa jalan keluar: 3 → 2 → 3)",
        ]);
    }

    [Fact]
    public void Parse_LoopWithAnExit_IsValid()
    {
        // The PUPRPERKIM shape: a refused paraf goes back to the correction, an accepted one on.
        var yaml = WithSteps(Step(1) + Step(2) + Step(3, "    ya: 4\n    tidak: 2\n") + Step(4));

        var d = SopDefinitionParser.Parse(yaml);

        d.NextOf(d.Step(3)).ShouldBe([StepTarget.Step(4), StepTarget.Step(2)]);
    }

    [Fact]
    public void Parse_StartingAtALaterStep_IsValid_WhenTheEarlierStepIsReachedByABranch()
    {
        var yaml = WithSteps(Step(1) + Step(2, "    ya: selesai\n    tidak: 1\n"), startStep: 2);

        SopDefinitionParser.Parse(yaml).Start.StepNo.ShouldBe(2);
    }

    [Fact]
    public void Parse_StepsOutOfOrder_FollowTheNextHigherNumber()
    {
        var yaml = WithSteps(Step(3) + Step(1) + Step(2));

        var d = SopDefinitionParser.Parse(yaml);

        d.Steps.Select(s => s.No).ShouldBe([3, 1, 2]);
        d.NextOf(d.Step(1)).ShouldBe([StepTarget.Step(2)]);
        d.NextOf(d.Step(2)).ShouldBe([StepTarget.Step(3)]);
        d.NextOf(d.Step(3)).ShouldBe([StepTarget.Selesai]);
    }

    [Fact]
    public void Parse_SeveralMistakes_AreAllReported_InLineOrder()
    {
        var yaml = SopYaml.Minimal
            .Replace("  nama: Pengumpulan Data Kinerja\n", "")
            .Replace("    pelaksana: [staf]\n", "    pelaksana: [kabag]\n")
            .Replace("    waktu: { value: 30, unit: menit }\n", "    waktu: { value: -30, unit: menit }\n")
            .Replace("    tidak: 1\n", "    tidak: 7\n");

        var exception = Should.Throw<SopDefinitionException>(() => SopDefinitionParser.Parse(yaml));

        exception.Errors.ShouldBe(
        [
            new SopDefinitionError(1, "kolom identitas.nama", "wajib diisi"),
            new SopDefinitionError(16, "langkah 1, kolom pelaksana", "pelaksana 'kabag' tidak dikenal"),
            new SopDefinitionError(21, "langkah 2, kolom waktu.value", "waktu tidak boleh negatif (tertulis -30)"),
            new SopDefinitionError(23, "langkah 2, kolom tidak", "langkah tujuan 7 tidak ada"),
        ]);
        exception.Message.Split('\n').ShouldBe(
        [
            "Baris 1, kolom identitas.nama: wajib diisi",
            "Baris 16, langkah 1, kolom pelaksana: pelaksana 'kabag' tidak dikenal",
            "Baris 21, langkah 2, kolom waktu.value: waktu tidak boleh negatif (tertulis -30)",
            "Baris 23, langkah 2, kolom tidak: langkah tujuan 7 tidak ada",
        ]);
        exception.ShouldBeAssignableTo<DomainException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# hanya komentar\n")]
    public void Parse_EmptyText_IsRejected(string yaml)
    {
        SopYaml.ErrorsOf(yaml).ShouldBe([new SopDefinitionError(1, "YAML", "definisi SOP kosong")]);
    }

    [Theory]
    [InlineData("- langkah satu\n- langkah dua\n")]
    [InlineData("Pengumpulan Data Kinerja\n")]
    public void Parse_TextThatIsNotAMapping_IsRejected(string yaml)
    {
        SopYaml.ErrorsOf(yaml).ShouldBe([new SopDefinitionError(1, "definisi", "harus berupa pemetaan (kunci: nilai)")]);
    }

    [Theory]
    [InlineData(16, "    kegiatan: [Membuat draft")]
    [InlineData(16, "    kegiatan: \"Membuat draft")]
    [InlineData(17, "   pelaksana: [staf]")]
    public void Parse_BrokenYaml_IsOneErrorNearTheBrokenLine(int line, string broken)
    {
        var error = SopYaml.ErrorsOf(SopYaml.WithLine(line, broken)).ShouldHaveSingleItem();

        error.Field.ShouldBe("YAML");
        error.Message.ShouldStartWith("teks YAML tidak dapat dibaca (");
        error.Line.ShouldBeInRange(line, line + 2);
    }
}
