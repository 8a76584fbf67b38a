using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>
/// Rata-rata: mean R of the filled quarters against their mean T. That ratio equals ΣR / ΣT, so the
/// capaian matches kumulatif; what differs is the period's figures (means, not sums).
/// </summary>
public class CapaianCalculatorRataRataTests
{
    private static readonly IndikatorSettings RataRata = new() { RollUp = RollUp.RataRata };

    private static PeriodeCapaian Calc(string periode, string targets, string realisasi, IndikatorSettings? settings = null) =>
        CapaianCalculator.Calculate(settings ?? RataRata, Periode.Parse(periode), Quarters(targets, realisasi));

    //          targets        realisasi      periode        capaian          T        R        full
    [Theory]
    [InlineData("20/30/25/25", "18/35/20/30", "Semester I",  "106",           "25",    "26.5",  "25")]
    [InlineData("20/30/25/25", "18/35/20/30", "Tahunan",     "103",           "25",    "25.75", "25")]
    [InlineData("20/30/25/25", "18/35/20/30", "TW III",      "80",            "25",    "20",    "25")]
    [InlineData("20/30/25/25", "18/35/-/-",   "Tahunan",     "106",           "25",    "26.5",  "25")]
    [InlineData("20/30/25/25", "18/35/-/-",   "Semester II", "belum ada data","-",     "-",     "25")]
    [InlineData("10/10/10/11", "9/10/11/-",   "Tahunan",     "100",           "10",    "10",    "10.25")]
    [InlineData("1/1/1/1",     "1/1/2/-",     "s.d. TW III", "133.3333333333","1",     "1.3333333333", "1")]
    [InlineData("1..2/1..3/2..4/2..4", "2/2.5/-/-", "Semester I", "100",      "1..2.5","2.25",  "1..2.5")]
    public void Calculate_RataRata_Table(string targets, string realisasi, string periode, string capaian, string target, string periodRealisasi, string full)
    {
        var settings = targets.Contains("..") ? RataRata with { Polarity = Polarity.Range } : RataRata;

        var result = Calc(periode, targets, realisasi, settings);

        Describe(result.Capaian).ShouldBe(capaian);
        Number(result.Target).ShouldBe(target);
        (result.Realisasi is { } r ? Number(r) : "-").ShouldBe(periodRealisasi);
        Number(result.FullTarget).ShouldBe(full);
    }

    public static TheoryData<string, string, string> DataSets()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (t, r) in new[] { ("20/30/25/25", "18/35/20/30"), ("3/7/11/13", "1/9/-/12"), ("0/5/5/0", "1/4/6/2") })
            foreach (var p in Periode.All)
                data.Add(t, r, p.Label);
        return data;
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Calculate_RataRataCapaian_EqualsKumulatifCapaian(string targets, string realisasi, string periode)
    {
        var rataRata = Calc(periode, targets, realisasi);
        var kumulatif = Calc(periode, targets, realisasi, IndikatorSettings.Default);

        rataRata.Capaian.ShouldBe(kumulatif.Capaian);
    }
}
