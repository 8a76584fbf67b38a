using Kinerja.Domain.Capaian;
using Kinerja.Domain.Rekap;
using Kinerja.Domain.Tests.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Rekap;

public class AnggaranFiguresTests
{
    private static AnggaranFigure[] Forms(string text) => text == "" ? [] : text.Split(' ').Select(f =>
    {
        var p = f.Split(':');
        var status = p[2] switch { "T" => DataStatus.Terkunci, "A" => DataStatus.Diajukan, "K" => DataStatus.Dikembalikan, _ => DataStatus.BelumDiisi };
        return new AnggaranFigure(int.Parse(p[0]), p[1] == "-" ? null : long.Parse(p[1]), status, 1000);
    }).ToArray();

    private static string Describe(AnggaranPeriode p) =>
        $"{p.Realisasi?.ToString() ?? "-"} {CapaianText.Describe(p.Serapan)} filled={string.Join(",", p.Filled)} missing={string.Join(",", p.Missing)} {p.Status}";

    //          periode    forms                                  with submitted   expected (pagu 1000)
    [Theory]
    [InlineData("TW2",     "1:100:T 2:250:T",                      false,  "250 25 filled=2 missing= Terkunci")]
    [InlineData("S1",      "1:100:T 2:250:T",                      false,  "350 35 filled=1,2 missing= Terkunci")]
    [InlineData("TAHUNAN", "1:100:T 2:250:T 3:300:A",              false,  "350 35 filled=1,2 missing=3,4 Terkunci")]
    [InlineData("TAHUNAN", "1:100:T 2:250:T 3:300:A",              true,   "650 65 filled=1,2,3 missing=4 Diajukan")]
    [InlineData("TAHUNAN", "1:100:T 2:250:T 3:300:T 4:500:T",      false,  "1150 115 filled=1,2,3,4 missing= Terkunci")]   // overspending shown
    [InlineData("S2",      "1:100:T 3:50:K",                       true,   "- belum ada data filled= missing=3,4 Dikembalikan")]
    [InlineData("TW1",     "1:60:T 1:40:T",                        false,  "100 10 filled=1 missing= Terkunci")]             // two units' forms
    [InlineData("TW1",     "1:60:T 1:-:T",                         false,  "- belum ada data filled= missing=1 Terkunci")]
    public void Compute_Table(string periode, string forms, bool withSubmitted, string expected)
    {
        var quarters = AnggaranFigures.Quarters(Forms(forms), withSubmitted);
        Describe(AnggaranFigures.Compute(Periode.Parse(periode), 1000, quarters)).ShouldBe(expected);
    }

    [Fact]
    public void Sum_OfChildren_AddsTheFilledOnes_AndCarriesTheLeastFinalStatus()
    {
        var a = AnggaranFigures.Quarters(Forms("1:100:T 2:200:T"), false);
        var b = AnggaranFigures.Quarters(Forms("1:50:T 2:-:I"), false);
        var none = AnggaranFigures.Quarters([], false);
        var parent = AnggaranFigures.Sum([a, b, none]);
        parent.Select(q => q.Realisasi).ShouldBe([150L, 200L, null, null]);
        parent.Select(q => q.Status).ShouldBe([DataStatus.Terkunci, DataStatus.BelumDiisi, DataStatus.BelumDiisi, DataStatus.BelumDiisi]);
    }

    [Fact]
    public void Compute_ZeroPagu_IsNotComputable()
    {
        Describe(AnggaranFigures.Compute(Periode.Tahunan, 0, AnggaranFigures.Quarters(Forms("1:0:T"), false)))
            .ShouldBe("0 tidak: PaguZero filled=1 missing=2,3,4 Terkunci");
    }
}
