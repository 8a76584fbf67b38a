using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>
/// The Cap and NegativeResult settings, including what they make of the unbounded cases: +∞ (a zero
/// target exceeded) becomes the cap, −∞ becomes 0 % under ClampToZero, otherwise not computable.
/// </summary>
public class CapaianCapAndClampTests
{
    private const NegativeFormula Selisih = NegativeFormula.Selisih;
    private const NegativeFormula Rasio = NegativeFormula.RasioTerbalik;

    //          polarity           formula  T       R       cap    clamp  capaian
    [Theory]
    [InlineData(Polarity.Positive, Selisih, "20",   "30",   "",    false, "150")]
    [InlineData(Polarity.Positive, Selisih, "20",   "30",   "120", false, "120")]
    [InlineData(Polarity.Positive, Selisih, "20",   "30",   "100", false, "100")]
    [InlineData(Polarity.Positive, Selisih, "20",   "30",   "150", false, "150")]   // exactly at the cap
    [InlineData(Polarity.Positive, Selisih, "20",   "23",   "120", false, "115")]   // under the cap: untouched
    [InlineData(Polarity.Positive, Selisih, "20",   "24.2", "120", false, "120")]
    [InlineData(Polarity.Positive, Selisih, "0",    "5",    "120", false, "120")]   // zero target exceeded: the cap
    [InlineData(Polarity.Positive, Selisih, "0",    "5",    "100", false, "100")]
    [InlineData(Polarity.Positive, Selisih, "0",    "5",    "",    true,  "tidak: TargetZero")]  // clamp bounds only −∞
    [InlineData(Polarity.Positive, Selisih, "0",    "-5",   "",    true,  "0")]
    [InlineData(Polarity.Positive, Selisih, "0",    "-5",   "120", false, "tidak: TargetZero")]  // cap bounds only +∞
    [InlineData(Polarity.Positive, Selisih, "20",   "-5",   "",    true,  "0")]
    [InlineData(Polarity.Positive, Selisih, "20",   "-5",   "",    false, "-25")]
    [InlineData(Polarity.Positive, Selisih, "100",  "-0.5", "",    true,  "0")]     // just below 0 is clamped too
    [InlineData(Polarity.Positive, Selisih, "100",  "-0.5", "",    false, "-0.5")]
    [InlineData(Polarity.Positive, Selisih, "0",    "0",    "120", true,  "100")]
    [InlineData(Polarity.Negative, Selisih, "20",   "50",   "",    true,  "0")]
    [InlineData(Polarity.Negative, Selisih, "20",   "50",   "120", false, "-50")]
    [InlineData(Polarity.Negative, Selisih, "20",   "40",   "",    true,  "0")]
    [InlineData(Polarity.Negative, Selisih, "20",   "39",   "",    true,  "5")]     // above 0: clamp leaves it
    [InlineData(Polarity.Negative, Selisih, "20",   "0",    "120", false, "120")]
    [InlineData(Polarity.Negative, Selisih, "20",   "0",    "",    false, "200")]
    [InlineData(Polarity.Negative, Selisih, "20",   "16",   "100", false, "100")]
    [InlineData(Polarity.Negative, Selisih, "0",    "5",    "",    true,  "0")]
    [InlineData(Polarity.Negative, Selisih, "0",    "5",    "120", false, "tidak: TargetZero")]
    [InlineData(Polarity.Negative, Selisih, "0",    "-5",   "120", false, "120")]
    [InlineData(Polarity.Negative, Selisih, "0",    "-5",   "",    true,  "tidak: TargetZero")]
    [InlineData(Polarity.Negative, Rasio,   "20",   "0",    "120", false, "120")]   // zero incidents: the cap
    [InlineData(Polarity.Negative, Rasio,   "20",   "0",    "100", true,  "100")]
    [InlineData(Polarity.Negative, Rasio,   "20",   "0",    "",    true,  "tidak: RealisasiZero")]
    [InlineData(Polarity.Negative, Rasio,   "20",   "10",   "120", false, "120")]
    [InlineData(Polarity.Negative, Rasio,   "20",   "16",   "120", false, "120")]
    [InlineData(Polarity.Negative, Rasio,   "20",   "17",   "120", false, "117.6470588235")]
    [InlineData(Polarity.Negative, Rasio,   "0",    "5",    "120", true,  "0")]
    [InlineData(Polarity.Negative, Rasio,   "20",   "-5",   "120", true,  "tidak: NegativeRealisasi")]
    [InlineData(Polarity.Negative, Rasio,   "-20",  "5",    "120", true,  "tidak: NegativeTarget")]
    [InlineData(Polarity.Positive, Selisih, "-20",  "5",    "120", true,  "tidak: NegativeTarget")]
    [InlineData(Polarity.Range,    Selisih, "2..4", "10",   "",    true,  "0")]
    [InlineData(Polarity.Range,    Selisih, "2..4", "3",    "100", false, "100")]
    [InlineData(Polarity.Range,    Selisih, "0..4", "-1",   "",    true,  "0")]
    [InlineData(Polarity.Positive, Selisih, "0.0000000001", "1000000000000000000",  "120", false, "120")]
    [InlineData(Polarity.Positive, Selisih, "0.0000000001", "-1000000000000000000", "",    true,  "0")]
    [InlineData(Polarity.Positive, Selisih, "0.0000000001", "-1000000000000000000", "120", false, "tidak: OutOfRange")]
    public void Capaian_CapAndNegativeResult_Table(
        Polarity polarity, NegativeFormula formula, string target, string realisasi, string cap, bool clamp, string expected)
    {
        var result = CapaianFormula.Compute(Settings(polarity, formula, cap, clamp), T(target), D(realisasi));

        Describe(result).ShouldBe(expected);
    }

    public static TheoryData<Polarity, NegativeFormula, string, string> ManyInputs()
    {
        var data = new TheoryData<Polarity, NegativeFormula, string, string>();
        foreach (var (polarity, formula) in new[]
                 {
                     (Polarity.Positive, NegativeFormula.Selisih), (Polarity.Negative, NegativeFormula.Selisih),
                     (Polarity.Negative, NegativeFormula.RasioTerbalik), (Polarity.Range, NegativeFormula.Selisih),
                 })
            foreach (var (t, r) in new[] { ("20", "0"), ("20", "7"), ("20", "45"), ("20", "-3"), ("0", "3"), ("1", "1000") })
                data.Add(polarity, formula, t, r);
        return data;
    }

    [Theory]
    [MemberData(nameof(ManyInputs))]
    public void Capaian_WithCap120AndClamp_IsNeverAbove120NorBelow0(Polarity polarity, NegativeFormula formula, string target, string realisasi)
    {
        var result = CapaianFormula.Compute(Settings(polarity, formula, "120", clamp: true), T(target), D(realisasi));

        if (result.Percent is { } value) value.ShouldBeInRange(0m, 120m);
        else result.ShouldBeOfType<CapaianResult.NotComputable>();
    }
}
