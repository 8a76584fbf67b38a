using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;

namespace Kinerja.Domain.Tests.Pengumpulan;

public class FormatCheckTests
{
    private static IndikatorCheckRow Row(decimal? realisasi, decimal? target = 100, string satuan = "orang", int decimals = 0,
        RollUp rollUp = RollUp.Kumulatif, decimal? before = null, bool bukti = false, int buktiCount = 0, string? penjelasan = null, bool above100 = false) =>
        new(RowKey.Indikator(1), satuan, decimals, above100, rollUp, target, realisasi, before, bukti, buktiCount, penjelasan);

    private static List<CheckIssue> Check(IndikatorCheckRow row) => FormatCheck.Check(row).ToList();

    [Fact]
    public void AFilledRowNearItsTarget_HasNoFinding() => Check(Row(100)).ShouldBeEmpty();

    [Fact]
    public void AnEmptyRealisasi_IsAnError_NotAZero()
    {
        var issue = Check(Row(null)).ShouldHaveSingleItem();
        (issue.Severity, issue.Field, issue.Message).ShouldBe((Severity.Error, "realisasi", "Realisasi wajib diisi."));
    }

    [Theory]
    [InlineData(12.5, "orang", 0, false, "bilangan bulat")]
    [InlineData(12.345, "indeks", 2, false, "paling banyak 2 angka desimal")]
    [InlineData(100.5, "%", 2, false, "antara 0 dan 100")]
    public void NumbersMustFitTheIndicator(double realisasi, string satuan, int decimals, bool above100, string message)
    {
        var issue = Check(Row((decimal)realisasi, target: (decimal)realisasi, satuan: satuan, decimals: decimals, rollUp: RollUp.NilaiAkhir, above100: above100)).ShouldHaveSingleItem();
        (issue.Severity, issue.Field).ShouldBe((Severity.Error, "realisasi"));
        issue.Message.ShouldContain(message);
    }

    [Fact]
    public void APercentageAbove100_IsFine_WhenTheIndicatorAllowsIt() =>
        Check(Row(104, target: 100, satuan: "%", decimals: 2, rollUp: RollUp.NilaiAkhir, above100: true)).ShouldBeEmpty();

    [Fact]
    public void AKumulatifQuarterBelowZero_WouldMakeTheRunningTotalFall()
    {
        var issue = Check(Row(-3, before: 20)).ShouldHaveSingleItem();
        issue.Severity.ShouldBe(Severity.Error);
        issue.Message.ShouldBe("Realisasi kumulatif tidak boleh turun: s.d. triwulan ini 17, sebelumnya 20.");
    }

    [Theory]
    [InlineData(49.99, true)]
    [InlineData(50, false)]
    [InlineData(150, false)]
    [InlineData(150.01, true)]
    [InlineData(0, true)]
    public void FarFromTheTarget_NeedsAnExplanation_ThenIsOnlyAWarning(double realisasi, bool outlier)
    {
        var unexplained = Check(Row((decimal)realisasi, decimals: 2));
        var explained = Check(Row((decimal)realisasi, decimals: 2, penjelasan: "Pelatihan digabung dengan TW berikutnya"));
        if (!outlier)
        {
            unexplained.ShouldBeEmpty();
            return;
        }
        var e = unexplained.ShouldHaveSingleItem();
        (e.Severity, e.Field).ShouldBe((Severity.Error, "penjelasan"));
        e.Message.ShouldContain("jauh dari target 100");
        var w = explained.ShouldHaveSingleItem();
        (w.Severity, w.Field).ShouldBe((Severity.Warning, "realisasi"));
    }

    [Fact]
    public void NoTargetOrAZeroTarget_HasNoOutlierRule()
    {
        Check(Row(5, target: null)).ShouldBeEmpty();
        Check(Row(5, target: 0)).ShouldBeEmpty();
    }

    [Fact]
    public void RequiredEvidence_IsAnErrorUntilAFileIsThere()
    {
        Check(Row(100, bukti: true)).ShouldHaveSingleItem().Field.ShouldBe("bukti");
        Check(Row(100, bukti: true, buktiCount: 1)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, 0, "wajib diisi")]
    [InlineData(-1L, 0, "tidak boleh negatif")]
    [InlineData(600_000_001L, 400_000_000, "melebihi pagu (Rp1.000.000.000)")]
    public void Anggaran_MustBeFilledNotNegative_AndWithinThePaguToDate(long? realisasi, long before, string message)
    {
        var issue = FormatCheck.Check(new AnggaranCheckRow(RowKey.Anggaran(1), 1_000_000_000, realisasi, before)).ShouldHaveSingleItem();
        (issue.Severity, issue.Field).ShouldBe((Severity.Error, "realisasiAnggaran"));
        issue.Message.ShouldContain(message);
    }

    [Fact]
    public void Anggaran_UpToThePagu_IsFine() =>
        FormatCheck.Check(new AnggaranCheckRow(RowKey.Anggaran(1), 1_000_000_000, 600_000_000, 400_000_000)).ShouldBeEmpty();

    [Fact]
    public void Run_CollectsEveryRowsFindings_WithTheirKeys()
    {
        var issues = FormatCheck.Run([Row(null) with { Key = RowKey.Indikator(7) }, Row(100) with { Key = RowKey.Indikator(8) }],
            [new AnggaranCheckRow(RowKey.Anggaran(3), 10, null, 0)]);
        issues.Select(i => i.RowKey.ToString()).ShouldBe(["indikator:7", "anggaran:3"]);
    }

    [Theory]
    [InlineData(1234.5, "1.234,5")]
    [InlineData(0.318, "0,318")]
    [InlineData(-0.0, "0")]
    [InlineData(100, "100")]
    public void Angka_IsWrittenTheIndonesianWay(double value, string text) => Angka.Format((decimal)value).ShouldBe(text);

    [Fact]
    public void Rupiah_HasThousandsDots() => Angka.Rupiah(1_250_000).ShouldBe("Rp1.250.000");
}
