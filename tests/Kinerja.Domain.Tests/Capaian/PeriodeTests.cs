using Kinerja.Domain.Capaian;
using Kinerja.Domain.Tests.Organisasi;

namespace Kinerja.Domain.Tests.Capaian;

public class PeriodeTests
{
    private static Periode P(string kind, int number) => kind switch
    {
        "TW" => Periode.Triwulan(number),
        "Semester" => Periode.Semester(number),
        "sd" => Periode.SampaiDenganTriwulan(number),
        _ => Periode.Tahunan,
    };

    //          kind        n  label            covered
    [Theory]
    [InlineData("TW",       1, "TW I",          "1")]
    [InlineData("TW",       2, "TW II",         "2")]
    [InlineData("TW",       3, "TW III",        "3")]
    [InlineData("TW",       4, "TW IV",         "4")]
    [InlineData("Semester", 1, "Semester I",    "1,2")]
    [InlineData("Semester", 2, "Semester II",   "3,4")]
    [InlineData("Tahunan",  0, "Tahunan",       "1,2,3,4")]
    [InlineData("sd",       1, "s.d. TW I",     "1")]
    [InlineData("sd",       2, "s.d. TW II",    "1,2")]
    [InlineData("sd",       3, "s.d. TW III",   "1,2,3")]
    [InlineData("sd",       4, "s.d. TW IV",    "1,2,3,4")]
    public void Periode_Table_LabelAndCoveredTriwulan(string kind, int number, string label, string covered)
    {
        var periode = P(kind, number);

        periode.Label.ShouldBe(label);
        periode.ToString().ShouldBe(label);
        string.Join(",", periode.Covered).ShouldBe(covered);
        periode.FirstTriwulan.ShouldBe(periode.Covered[0]);
        periode.LastTriwulan.ShouldBe(periode.Covered[^1]);
        for (var q = 0; q <= 5; q++)
            periode.Covers(q).ShouldBe(periode.Covered.Contains(q), $"{label} covers TW {q}?");
    }

    [Fact]
    public void Periode_Table_CoversEveryPeriodOfTheYear()
    {
        InlineDataTable.Rows<PeriodeTests>(nameof(Periode_Table_LabelAndCoveredTriwulan))
            .Select(r => P((string)r[0]!, (int)r[1]!))
            .ShouldBe(Periode.All, ignoreOrder: true);
    }

    [Fact]
    public void All_ElevenPeriods_AreDistinctWithDistinctLabels()
    {
        Periode.All.Count.ShouldBe(11);
        Periode.All.ShouldBeUnique();
        Periode.All.Select(p => p.Label).ShouldBeUnique();
    }

    [Fact]
    public void Default_IsTahunan()
    {
        default(Periode).ShouldBe(Periode.Tahunan);
        default(Periode).Label.ShouldBe("Tahunan");
    }

    [Fact]
    public void SampaiDenganTriwulan_CoveringSameTriwulanAsAnotherPeriod_IsStillADifferentPeriod()
    {
        // Same quarters, different report: "s.d. TW II" is not "Semester I", "s.d. TW IV" not "Tahunan".
        Periode.SampaiDenganTriwulan(2).ShouldNotBe(Periode.Semester(1));
        Periode.SampaiDenganTriwulan(4).ShouldNotBe(Periode.Tahunan);
        Periode.SampaiDenganTriwulan(1).ShouldNotBe(Periode.Triwulan(1));
    }

    [Theory]
    [InlineData("TW", 0)]
    [InlineData("TW", 5)]
    [InlineData("TW", -1)]
    [InlineData("Semester", 0)]
    [InlineData("Semester", 3)]
    [InlineData("sd", 0)]
    [InlineData("sd", 5)]
    public void Factory_NumberOutOfRange_Throws(string kind, int number)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => P(kind, number));
    }

    [Fact]
    public void Code_OfEveryPeriod_IsTheUrlSpelling_AndParsesBack()
    {
        Periode.All.Select(p => p.Code).ShouldBe(["TW1", "TW2", "TW3", "TW4", "S1", "S2", "TAHUNAN", "SD_TW1", "SD_TW2", "SD_TW3", "SD_TW4"]);
        foreach (var p in Periode.All) Periode.Parse(p.Code).ShouldBe(p);
    }
}
