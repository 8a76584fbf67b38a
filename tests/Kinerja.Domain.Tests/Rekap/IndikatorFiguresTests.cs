using Kinerja.Domain.Capaian;
using Kinerja.Domain.Rekap;
using Kinerja.Domain.Tests.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Rekap;

/// <summary>
/// The one computation behind every stored capaian: forms' figures combined per quarter, then the period
/// by the engine. Forms are written "TW:realisasi:status" (status T terkunci, A diajukan, K dikembalikan,
/// I being filled; realisasi "-" = empty cell), targets as in the Rencana Aksi.
/// </summary>
public class IndikatorFiguresTests
{
    private static readonly QuarterTargets Example = QuarterTargets.Choose(RollUp.Kumulatif,
        [new RencanaAksiPlan(1, true, 100, [20, 30, 25, 25])], new YearTarget(100, null));

    private static FormFigure[] Forms(string text) => text == "" ? [] : text.Split(' ').Select(f =>
    {
        var p = f.Split(':');
        var status = p[2] switch { "T" => DataStatus.Terkunci, "A" => DataStatus.Diajukan, "K" => DataStatus.Dikembalikan, _ => DataStatus.BelumDiisi };
        return new FormFigure(int.Parse(p[0]), p[1] == "-" ? null : D(p[1]), status);
    }).ToArray();

    private static string Quarter(TriwulanFigure q) =>
        $"{(q.Realisasi is { } r ? Number(r) : "-")} {q.Status} {q.Counted}/{q.NotCounted}";

    //          roll-up               forms of TW I                 with submitted   TW I as counted
    [Theory]
    [InlineData(RollUp.Kumulatif,     "1:18:T",                     false,           "18 Terkunci 1/0")]
    [InlineData(RollUp.Kumulatif,     "1:10:T 1:8:T",               false,           "18 Terkunci 2/0")]       // flows of two units add up
    [InlineData(RollUp.NilaiAkhir,    "1:80:T 1:90:T",              false,           "85 Terkunci 2/0")]       // levels are averaged
    [InlineData(RollUp.RataRata,      "1:3:T 1:4:T",                false,           "3.5 Terkunci 2/0")]
    [InlineData(RollUp.Kumulatif,     "1:10:T 1:8:A",               false,           "- Diajukan 1/1")]        // a unit not final holds the quarter back
    [InlineData(RollUp.Kumulatif,     "1:10:T 1:8:A",               true,            "18 Diajukan 2/0")]
    [InlineData(RollUp.Kumulatif,     "1:10:T 1:8:K",               true,            "- Dikembalikan 1/1")]    // returned never counts
    [InlineData(RollUp.Kumulatif,     "1:10:T 1:8:I",               true,            "- BelumDiisi 1/1")]
    [InlineData(RollUp.Kumulatif,     "1:-:T",                      false,           "- Terkunci 1/0")]        // locked without a figure: not filled
    [InlineData(RollUp.Kumulatif,     "1:0:T",                      false,           "0 Terkunci 1/0")]        // 0 is data
    [InlineData(RollUp.Kumulatif,     "",                           true,            "- BelumDiisi 0/0")]      // no form at all
    [InlineData(RollUp.Kumulatif,     "2:5:T",                      true,            "- BelumDiisi 0/0")]      // another quarter's form
    public void Quarters_CombineTheForms(RollUp rollUp, string forms, bool withSubmitted, string expected)
    {
        Quarter(IndikatorFigures.Quarters(rollUp, Example, Forms(forms), withSubmitted)[0]).ShouldBe(expected);
    }

    private static string Describe(IndikatorPeriode p) =>
        $"{CapaianText.Describe(p.Capaian)} T={Number(p.Target)} R={(p.Realisasi is { } r ? Number(r) : "-")} full={Number(p.FullTarget)} " +
        $"filled={string.Join(",", p.Filled)} missing={string.Join(",", p.Missing)} {p.Status} progress={(p.Progress is { } g ? CapaianText.Describe(g) : "-")}";

    //          roll-up            periode    forms                                     with submitted  expected
    [Theory]
    [InlineData(RollUp.Kumulatif,  "S1",      "1:18:T 2:35:T 3:20:T 4:30:T",            false, "106 T=50 R=53 full=50 filled=1,2 missing= Terkunci progress=53")]
    [InlineData(RollUp.Kumulatif,  "TW2",     "1:18:T 2:35:T 3:20:T 4:30:T",            false, "116.6666666667 T=30 R=35 full=30 filled=2 missing= Terkunci progress=35")]
    [InlineData(RollUp.Kumulatif,  "TAHUNAN", "1:18:T 2:35:T 3:20:T 4:30:T",            false, "103 T=100 R=103 full=100 filled=1,2,3,4 missing= Terkunci progress=103")]
    [InlineData(RollUp.Kumulatif,  "SD_TW3",  "1:18:T 2:35:T 3:20:A",                   true,  "97.3333333333 T=75 R=73 full=75 filled=1,2,3 missing= Diajukan progress=73")]
    [InlineData(RollUp.Kumulatif,  "SD_TW3",  "1:18:T 2:35:T 3:20:A",                   false, "106 T=50 R=53 full=75 filled=1,2 missing=3 Terkunci progress=53")]
    [InlineData(RollUp.Kumulatif,  "TAHUNAN", "1:18:T 2:35:K",                          true,  "90 T=20 R=18 full=100 filled=1 missing=2,3,4 Terkunci progress=18")]
    [InlineData(RollUp.Kumulatif,  "TW2",     "1:18:T 2:35:K",                          true,  "belum ada data T=- R=- full=30 filled= missing=2 Dikembalikan progress=belum ada data")]
    [InlineData(RollUp.Kumulatif,  "S2",      "1:18:T 2:35:T",                          true,  "belum ada data T=- R=- full=50 filled= missing=3,4 BelumDiisi progress=belum ada data")]
    [InlineData(RollUp.NilaiAkhir, "S1",      "1:18:T 2:35:T 3:20:T 4:30:T",            false, "116.6666666667 T=30 R=35 full=30 filled=1,2 missing= Terkunci progress=35")]
    [InlineData(RollUp.RataRata,   "S1",      "1:18:T 2:35:T",                          false, "106 T=25 R=26.5 full=25 filled=1,2 missing= Terkunci progress=26.5")]
    public void Compute_WorkedExample(RollUp rollUp, string periode, string forms, bool withSubmitted, string expected)
    {
        var targets = QuarterTargets.Choose(rollUp, [new RencanaAksiPlan(1, true, 100, [20, 30, 25, 25])], new YearTarget(100, null));
        var settings = new IndikatorSettings { RollUp = rollUp };
        Describe(IndikatorFigures.Compute(settings, Periode.Parse(periode), targets, Forms(forms), withSubmitted)).ShouldBe(expected);
    }

    //          roll-up            periode    forms                                     expected
    [Theory]
    [InlineData(RollUp.Kumulatif,  "TW1",     "1:18:T",                                 "tidak: NoQuarterTarget T=- R=18 full=- filled=1 missing= Terkunci progress=18")]
    [InlineData(RollUp.Kumulatif,  "TAHUNAN", "1:18:T 2:35:T 3:20:T",                   "tidak: NoQuarterTarget T=- R=73 full=- filled=1,2,3 missing=4 Terkunci progress=73")]
    [InlineData(RollUp.Kumulatif,  "TAHUNAN", "1:18:T 2:35:T 3:20:T 4:30:T",            "103 T=100 R=103 full=100 filled=1,2,3,4 missing= Terkunci progress=103")]  // the whole year compares
    [InlineData(RollUp.Kumulatif,  "SD_TW4",  "1:18:T 2:35:T 3:20:T 4:30:T",            "103 T=100 R=103 full=100 filled=1,2,3,4 missing= Terkunci progress=103")]
    [InlineData(RollUp.NilaiAkhir, "TW1",     "1:60:T",                                 "60 T=100 R=60 full=100 filled=1 missing= Terkunci progress=60")]         // a level holds every quarter
    [InlineData(RollUp.NilaiAkhir, "S2",      "",                                       "belum ada data T=- R=- full=100 filled= missing=3,4 BelumDiisi progress=belum ada data")]
    public void Compute_AgainstTheRenstraYear(RollUp rollUp, string periode, string forms, string expected)
    {
        var targets = QuarterTargets.Choose(rollUp, [], new YearTarget(100, null));
        Describe(IndikatorFigures.Compute(new IndikatorSettings { RollUp = rollUp }, Periode.Parse(periode), targets, Forms(forms), false))
            .ShouldBe(expected);
    }

    [Fact]
    public void Compute_WithoutAnyTarget_IsNotComputable_AndHasNoProgress()
    {
        var targets = QuarterTargets.Choose(RollUp.NilaiAkhir, [], null);
        Describe(IndikatorFigures.Compute(new IndikatorSettings { RollUp = RollUp.NilaiAkhir }, Periode.Tahunan, targets, Forms("1:5:T"), false))
            .ShouldBe("tidak: NoQuarterTarget T=- R=5 full=- filled=1 missing=2,3,4 Terkunci progress=-");
    }

    [Fact]
    public void Compute_RangeIndicator_HasNoProgress_AndComparesTheBand()
    {
        var targets = QuarterTargets.Choose(RollUp.NilaiAkhir, [], new YearTarget(80, 95));
        var settings = new IndikatorSettings { Polarity = Polarity.Range, RollUp = RollUp.NilaiAkhir };
        Describe(IndikatorFigures.Compute(settings, Periode.Triwulan(1), targets, Forms("1:90:T"), false))
            .ShouldBe("100 T=80..95 R=90 full=80..95 filled=1 missing= Terkunci progress=-");
    }

    [Fact]
    public void Compute_StatusOfAnEmptyPeriod_IsTheLeastFinalOfItsForms()
    {
        var figure = IndikatorFigures.Compute(IndikatorSettings.Default, Periode.Semester(1), Example, Forms("1:-:A 2:4:K"), false);
        figure.Status.ShouldBe(DataStatus.Dikembalikan);
        figure.HasData.ShouldBeFalse();
        figure.IsFinal.ShouldBeFalse();
    }
}
