using Kinerja.Domain.Capaian;
using Kinerja.Domain.Rekap;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Rekap;

/// <summary>The cross-footing checks on rows as printed: each catches its error and is silent on a correct row.</summary>
public class CrossFootTests
{
    private static decimal?[] Q(string text) => text.Split('/').Select(v => v == "-" ? (decimal?)null : D(v)).ToArray();

    private static string Codes(IEnumerable<RekapCheck> checks) => string.Join(",", checks.Select(c => c.Kode));

    //          roll-up               satuan   periode    quarters         period     codes
    [Theory]
    [InlineData(RollUp.Kumulatif,     "orang", "S1",      "18/35/20/30",    "53",      "")]
    [InlineData(RollUp.Kumulatif,     "orang", "S1",      "18/35/20/30",    "50",      "JUMLAH_TRIWULAN")]
    [InlineData(RollUp.Kumulatif,     "orang", "TAHUNAN", "18/35/-/-",      "53",      "")]          // over the filled quarters
    [InlineData(RollUp.Kumulatif,     "orang", "TAHUNAN", "-/-/-/-",        "",        "")]
    [InlineData(RollUp.Kumulatif,     "orang", "TAHUNAN", "-/-/-/-",        "10",      "JUMLAH_TRIWULAN")]   // a figure from nowhere
    [InlineData(RollUp.Kumulatif,     "orang", "TW2",     "18/35/20/30",    "35",      "")]          // only the covered quarter
    [InlineData(RollUp.NilaiAkhir,    "%",     "S1",      "100/100/-/-",    "100",     "")]
    [InlineData(RollUp.NilaiAkhir,    "%",     "S1",      "100/100/-/-",    "200",     "NILAI_AKHIR_DIJUMLAH")]   // the classic 200 % row
    [InlineData(RollUp.NilaiAkhir,    "indeks","TAHUNAN", "3.1/3.3/-/3.4",  "3.4",     "")]
    [InlineData(RollUp.NilaiAkhir,    "indeks","TAHUNAN", "3.1/3.3/-/3.4",  "3.3",     "NILAI_AKHIR_DIJUMLAH")]
    [InlineData(RollUp.RataRata,      "hari",  "S1",      "3/4/-/-",        "3.5",     "")]
    [InlineData(RollUp.RataRata,      "hari",  "S1",      "3/4/-/-",        "7",       "RATA_RATA")]
    [InlineData(RollUp.RataRata,      "hari",  "TAHUNAN", "1/1/2/-",        "1.3333333333333333333333333333", "")]
    [InlineData(RollUp.Kumulatif,     "%",     "S1",      "40/45/-/-",      "85",      "PERSEN_KUMULATIF")]  // the setting itself is flagged
    [InlineData(RollUp.Kumulatif,     "persen","TW1",     "-/-/-/-",        "",        "PERSEN_KUMULATIF")]
    public void Indikator_Table(RollUp rollUp, string satuan, string periode, string quarters, string period, string codes)
    {
        var row = new PrintedIndikator("IK-1", "BPBD", satuan, rollUp, Periode.Parse(periode), Q(quarters), period == "" ? null : D(period));
        Codes(CrossFoot.Indikator(row)).ShouldBe(codes);
    }

    [Fact]
    public void Indikator_MessagesNameTheFigure()
    {
        var sum = CrossFoot.Indikator(new PrintedIndikator("IK-1.3", "BPBD", "orang", RollUp.Kumulatif, Periode.Semester(1), Q("18/35/-/-"), 50)).Single();
        sum.Pesan.ShouldBe("IK-1.3 (BPBD), Semester I: jumlah realisasi triwulan (53) tidak sama dengan realisasi periode (50).");
        (sum.Severity, sum.Baris, sum.Periode, sum.PerangkatDaerah).ShouldBe((CheckSeverity.Kesalahan, "IK-1.3", "Semester I", "BPBD"));
        var level = CrossFoot.Indikator(new PrintedIndikator("IK-1.2", null, "%", RollUp.NilaiAkhir, Periode.Semester(1), Q("100/100/-/-"), 200)).Single();
        level.Pesan.ShouldBe("IK-1.2, Semester I: indikator nilai akhir dijumlahkan (200); realisasi periode adalah nilai triwulan terakhir yang terisi (100).");
    }

    [Fact]
    public void Anggaran_TheDeliSerdangSheet_QuartersThatDoNotAddUp_AreNamedWithTheDifference()
    {
        // A published 2025 Renja evaluation: the quarters did not add up to the total by Rp 104.990.014.
        var row = new PrintedAnggaran("1.02.02.2.01.0001", "Dinas", Periode.Tahunan, 2_000_000_000,
            [400_000_000, 500_000_000, 450_000_000, 395_009_986], 1_850_000_000);
        var check = CrossFoot.Anggaran(row).Single();
        check.Kode.ShouldBe("ANGGARAN_TRIWULAN");
        check.Pesan.ShouldContain("selisih Rp 104.990.014");
        check.Pesan.ShouldContain("Rp 1.745.009.986");
    }

    //          pagu    quarters           period   pagu in forms   codes
    [Theory]
    [InlineData(1000,   "100/200/-/-",     "300",   "",             "")]
    [InlineData(1000,   "100/200/-/-",     "",      "",             "ANGGARAN_TRIWULAN")]
    [InlineData(1000,   "-/-/-/-",         "",      "",             "")]
    [InlineData(1000,   "600/600/-/-",     "1200",  "",             "MELEBIHI_PAGU")]
    [InlineData(1000,   "100/-/-/-",       "100",   "900",          "PAGU_BERUBAH")]
    [InlineData(1000,   "100/-/-/-",       "100",   "1000",         "")]
    public void Anggaran_Table(long pagu, string quarters, string period, string paguFormulir, string codes)
    {
        var q = quarters.Split('/').Select(v => v == "-" ? (long?)null : long.Parse(v)).ToArray();
        var row = new PrintedAnggaran("5.01", null, Periode.Semester(1), pagu, q, period == "" ? null : long.Parse(period),
            paguFormulir == "" ? null : long.Parse(paguFormulir));
        Codes(CrossFoot.Anggaran(row)).ShouldBe(codes);
    }

    [Fact]
    public void AnggaranInduk_AParentMustEqualTheSumOfItsLines_QuarterByQuarter()
    {
        PrintedAnggaran Line(string kode, long?[] q) => new(kode, null, Periode.Semester(1), 1000, q, q.Take(2).Sum());
        var children = new[] { Line("a", [100, 200, null, null]), Line("b", [50, null, null, null]) };
        CrossFoot.AnggaranInduk(Line("p", [150, 200, null, null]), children).ShouldBeEmpty();
        var wrong = CrossFoot.AnggaranInduk(Line("p", [150, 250, null, null]), children).Single();
        (wrong.Kode, wrong.Periode).ShouldBe(("ANGGARAN_INDUK", "TW II"));
        CrossFoot.AnggaranInduk(Line("p", [1, 1, null, null]), []).ShouldBeEmpty();
    }

    private static IndikatorPeriode Figure(string forms, bool withSubmitted)
    {
        var targets = QuarterTargets.Choose(RollUp.Kumulatif, [new RencanaAksiPlan(1, true, 100, [20, 30, 25, 25])], null);
        var figures = forms.Split(' ').Select(f => f.Split(':')).Select(p => new FormFigure(int.Parse(p[0]), D(p[1]),
            p[2] switch { "T" => DataStatus.Terkunci, "A" => DataStatus.Diajukan, "K" => DataStatus.Dikembalikan, _ => DataStatus.BelumDiisi }));
        return IndikatorFigures.Compute(IndikatorSettings.Default, Periode.Tahunan, targets, figures, withSubmitted);
    }

    [Theory]
    [InlineData("1:18:T 2:35:T",               false, "")]
    [InlineData("1:18:T 2:35:A",               true,  "BELUM_FINAL")]      // counted, not final
    [InlineData("1:18:T 2:35:A",               false, "BELUM_DIKUNCI")]    // not counted, and the reader is told why
    [InlineData("1:18:T 2:35:K",               true,  "DIKEMBALIKAN")]
    [InlineData("1:18:T 2:35:I",               true,  "")]                 // being filled: the quarter is simply missing
    public void Status_FlagsFiguresOnDataThatIsNotFinal(string forms, bool withSubmitted, string codes)
    {
        var checks = CrossFoot.Status("IK-1", "BPBD", Figure(forms, withSubmitted), withSubmitted).ToList();
        Codes(checks).ShouldBe(codes);
        checks.ShouldAllBe(c => c.Periode == "TW II" && c.Pesan.StartsWith("IK-1 (BPBD), TW II: "));
    }

    [Fact]
    public void PemdaAgainstOpd_FlagsOnlyQuartersWhereBothHaveADifferentFigure()
    {
        TriwulanFigure Q(int q, decimal? r) => new(q, new QuarterTarget(10, null), r, DataStatus.Terkunci, 1, 0);
        var pemda = new[] { Q(1, 10), Q(2, 12), Q(3, null), Q(4, 5) };
        var own = new[] { Q(1, 10), Q(2, 11), Q(3, 7), Q(4, null) };
        var check = CrossFoot.PemdaAgainstOpd("IKU-1", "BPBD", pemda, own).Single();
        check.Pesan.ShouldBe("IKU-1 (BPBD), TW II: realisasi di pengumpulan tingkat Pemda (12) berbeda dari rekap perangkat daerah (11).");
    }

    [Theory]
    [InlineData("%", true)]
    [InlineData(" Persen ", true)]
    [InlineData("persentase", true)]
    [InlineData("orang", false)]
    [InlineData("per 1.000 penduduk", false)]
    public void IsPercentage(string satuan, bool expected) => CrossFoot.IsPercentage(satuan).ShouldBe(expected);
}
