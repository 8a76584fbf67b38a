using Kinerja.Domain.Capaian;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>Reading periods back from import files and spreadsheets.</summary>
public class PeriodeParsingTests
{
    public static TheoryData<string> PrintedLabels() => new(Periode.All.Select(p => p.Label));

    [Theory]
    [MemberData(nameof(PrintedLabels))]
    public void TryParse_PrintedLabelAnyCaseAndSpacing_RoundTrips(string label)
    {
        foreach (var text in new[] { label, label.ToUpperInvariant(), label.ToLowerInvariant(), "  " + label.Replace(" ", "   ") + "\t" })
        {
            Periode.TryParse(text, out var periode).ShouldBeTrue($"'{text}' was rejected");
            periode.Label.ShouldBe(label);
        }
    }

    [Theory]
    [InlineData("Triwulan I", "TW I")]
    [InlineData("Triwulan 2", "TW II")]
    [InlineData("triwulan iii", "TW III")]
    [InlineData("TW 4", "TW IV")]
    [InlineData("TW1", "TW I")]
    [InlineData("TWIV", "TW IV")]
    [InlineData("TW.II", "TW II")]
    [InlineData("Semester 1", "Semester I")]
    [InlineData("SEMESTER 2", "Semester II")]
    [InlineData("Semester.II", "Semester II")]
    [InlineData("s/d TW III", "s.d. TW III")]
    [InlineData("sd TW 2", "s.d. TW II")]
    [InlineData("s.d TW IV", "s.d. TW IV")]
    [InlineData("s.d.TW I", "s.d. TW I")]
    [InlineData("S.D. Triwulan III", "s.d. TW III")]
    [InlineData("TAHUNAN", "Tahunan")]
    [InlineData("TW2", "TW II")]           // the codes of GET /indikator/{id}/capaian?periode=
    [InlineData("S1", "Semester I")]
    [InlineData("s2", "Semester II")]
    [InlineData("SD_TW3", "s.d. TW III")]
    [InlineData("sd_tw1", "s.d. TW I")]
    public void TryParse_CommonSpellings_AreAccepted(string text, string expectedLabel)
    {
        Periode.TryParse(text, out var periode).ShouldBeTrue();
        periode.Label.ShouldBe(expectedLabel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("TW")]
    [InlineData("TW V")]
    [InlineData("TW 0")]
    [InlineData("TW 5")]
    [InlineData("TW IIII")]
    [InlineData("Semester III")]
    [InlineData("Semester 3")]
    [InlineData("S3")]
    [InlineData("S")]
    [InlineData("_")]
    [InlineData("SD_S1")]
    [InlineData("s.d. Semester I")]   // not a label we print; "s.d. TW II" is meant
    [InlineData("s.d. Tahunan")]
    [InlineData("Tahun")]
    [InlineData("Bulan I")]
    [InlineData("TW I 2025")]
    [InlineData("1")]
    public void TryParse_UnknownText_IsRejectedAsTahunanDefault(string? text)
    {
        Periode.TryParse(text, out var periode).ShouldBeFalse();
        periode.ShouldBe(default);
    }

    [Fact]
    public void Parse_UnknownText_ThrowsDomainExceptionForPeriodeField()
    {
        var ex = Should.Throw<DomainException>(() => Periode.Parse("TW V"));

        ex.Field.ShouldBe("Periode");
        ex.Message.ShouldContain("TW V");
    }

    [Fact]
    public void Parse_Label_ReturnsPeriode()
    {
        Periode.Parse("s.d. TW III").ShouldBe(Periode.SampaiDenganTriwulan(3));
    }
}
