using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;

namespace Kinerja.Domain.Tests.Pengumpulan;

public class SuratNomorTests
{
    [Theory]
    [InlineData(SuratNomor.DefaultSk, 7, "PUPRPERKIM", 2027, 3, "800/007/PUPRPERKIM/2027")]
    [InlineData(SuratNomor.DefaultPemberitahuan, 12, "BPBD", 2026, 12, "005/012/BPBD/2026")]
    [InlineData(SuratNomor.DefaultSk, 1234, "X", 2026, 1, "800/1234/X/2026")]
    [InlineData("{urut}/SK/{bulan_romawi}/{tahun}", 5, "X", 2026, 11, "5/SK/XI/2026")]
    [InlineData("050/{urut:00}/{kode_opd}/{bulan}.{tahun}", 3, "DISKOP", 2026, 4, "050/03/DISKOP/04.2026")]
    public void Format_FillsEveryToken(string pattern, int urut, string kode, int tahun, int bulan, string expected) =>
        SuratNomor.Format(pattern, urut, kode, new DateOnly(tahun, bulan, 15)).ShouldBe(expected);

    [Theory]
    [InlineData("800/{nomor}/{tahun}", "tidak dikenal")]
    [InlineData("800/{kode_opd}/{tahun}", "{urut}")]
    [InlineData("800/{urut/{tahun}", "kurung kurawal")]
    [InlineData("   ", "wajib")]
    public void Validate_RefusesBadPatterns(string pattern, string expected)
    {
        var e = Should.Throw<DomainException>(() => SuratNomor.Validate(pattern));
        e.Message.ShouldContain(expected);
        e.Field.ShouldBe("formatNomor");
    }

    [Fact]
    public void Defaults_DifferByKind()
    {
        SuratNomor.Default(SuratJenis.SK).ShouldStartWith("800/");
        SuratNomor.Default(SuratJenis.SuratPemberitahuan).ShouldStartWith("005/");
    }

    [Fact]
    public void UnknownPlaceholders_AreListedOnce() =>
        SuratPlaceholder.Unknown(["nomor", "ttd", "periode", "ttd"]).ShouldBe(["ttd"]);
}
