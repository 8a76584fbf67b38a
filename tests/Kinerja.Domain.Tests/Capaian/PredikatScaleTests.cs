using Kinerja.Domain.Capaian;
using static Kinerja.Domain.Tests.Capaian.CapaianText;

namespace Kinerja.Domain.Tests.Capaian;

public class PredikatScaleTests
{
    //          capaian                          predikat
    [Theory]
    [InlineData("250",                           "Sangat Tinggi")]
    [InlineData("120",                           "Sangat Tinggi")]
    [InlineData("100",                           "Sangat Tinggi")]
    [InlineData("91",                            "Sangat Tinggi")]   // ≥ 91
    [InlineData("90.9999999",                    "Tinggi")]
    [InlineData("90.999",                        "Tinggi")]          // the exact band; shown as "91,00 %" it is Sangat Tinggi (CapaianDisplayTests)
    [InlineData("90.5",                          "Tinggi")]          // "76–90" includes 90,5
    [InlineData("90",                            "Tinggi")]
    [InlineData("76",                            "Tinggi")]
    [InlineData("75.999",                        "Sedang")]
    [InlineData("75.5",                          "Sedang")]
    [InlineData("66",                            "Sedang")]
    [InlineData("65.999",                        "Rendah")]
    [InlineData("65.5",                          "Rendah")]
    [InlineData("51",                            "Rendah")]
    [InlineData("50.999",                        "Sangat Rendah")]
    [InlineData("50.5",                          "Sangat Rendah")]   // "≤ 50" includes 50,5
    [InlineData("50",                            "Sangat Rendah")]
    [InlineData("0",                             "Sangat Rendah")]
    [InlineData("-10",                           "Sangat Rendah")]
    [InlineData("79228162514264337593543950335", "Sangat Tinggi")]
    [InlineData("-79228162514264337593543950335","Sangat Rendah")]
    public void Default_Classify_Table(string capaian, string predikat)
    {
        PredikatScale.Default.Classify(D(capaian)).Label.ShouldBe(predikat);
    }

    [Fact]
    public void Default_Bands_ArePinnedWithColours()
    {
        PredikatScale.Default.Bands.Select(b => $"{b.Lower}..{b.Upper} {b.Label} {b.Colour}").ShouldBe(
        [
            "..51 Sangat Rendah #C62828",
            "51..66 Rendah #EF6C00",
            "66..76 Sedang #F9A825",
            "76..91 Tinggi #7CB342",
            "91.. Sangat Tinggi #2E7D32",
        ]);
    }

    [Fact]
    public void Classify_NoDataOrNotComputable_HasNoPredikat()
    {
        PredikatScale.Default.Classify(CapaianResult.Empty).ShouldBeNull();
        PredikatScale.Default.Classify(CapaianResult.Undefined(NotComputableReason.TargetZero)).ShouldBeNull();
        PredikatScale.Default.Classify(CapaianResult.Of(106m))!.Label.ShouldBe("Sangat Tinggi");
    }

    /// <summary>"..51:A|51..:B" — bounds, label; every band gets a valid colour unless one is given after '#'.</summary>
    private static PredikatBand[] Bands(string text) =>
        text == "" ? [] : text.Split('|').Select(band =>
        {
            var (range, label) = (band.Split(':')[0], band.Split(':')[1]);
            var colour = label.Contains('#') ? label[label.IndexOf('#')..] : "#123abc";
            label = label.Contains('#') ? label[..label.IndexOf('#')] : label;
            var bounds = range.Split("..");
            return new PredikatBand(bounds[0] == "" ? null : D(bounds[0]), bounds[1] == "" ? null : D(bounds[1]), label, colour);
        }).ToArray();

    //          scale                                          message contains
    [Theory]
    [InlineData("",                                            "paling sedikit satu")]
    [InlineData("0..51:A|51..:B",                              "pertama")]
    [InlineData("..51:A|51..200:B",                            "terakhir")]
    [InlineData("..51:A|52..:B",                               "celah")]
    [InlineData("..51:A|50..:B",                               "tumpang tindih")]
    [InlineData("..51:A|51..40:B|40..:C",                      "lebih kecil")]          // descending
    [InlineData("..51:A|51..51:B|51..:C",                      "lebih kecil")]          // empty band
    [InlineData("..51:A|..:B",                                 "tanpa batas")]
    [InlineData("..51:A|51..60:B|..:C",                        "tanpa batas")]
    [InlineData("..51:A|51..:B#red",                           "#RRGGBB")]
    [InlineData("..51:A|51..:B#12345",                         "#RRGGBB")]
    [InlineData("..51:A|51..:B#GGGGGG",                        "#RRGGBB")]
    [InlineData("..51:A|51..:B#",                              "#RRGGBB")]
    [InlineData("..51: |51..:B",                               "label")]
    [InlineData("..51:A|51..:a",                               "kembar")]
    public void Scale_Invalid_IsRefusedWithReason(string scale, string message)
    {
        var ex = Should.Throw<DomainException>(() => new PredikatScale(Bands(scale)));

        ex.Field.ShouldBe("Predikat");
        ex.Message.ShouldContain(message);
    }

    //          scale                                   capaian   predikat
    [Theory]
    [InlineData("..:Semua",                             "-5",     "Semua")]
    [InlineData("..100:Belum|100..:Tercapai",           "99.99",  "Belum")]
    [InlineData("..100:Belum|100..:Tercapai",           "100",    "Tercapai")]
    [InlineData("..90.995:Baik|90.995..:Sangat Baik",   "90.995", "Sangat Baik")]   // a scale decided on the shown figure
    [InlineData("..90.995:Baik|90.995..:Sangat Baik",   "90.994", "Baik")]
    public void Scale_Custom_Classifies(string scale, string capaian, string predikat)
    {
        new PredikatScale(Bands(scale)).Classify(D(capaian)).Label.ShouldBe(predikat);
    }

    [Fact]
    public void Scale_CopiesItsBands_SoTheCallerCannotBreakIt()
    {
        var bands = new List<PredikatBand>(Bands("..100:Belum|100..:Tercapai"));
        var scale = new PredikatScale(bands);

        bands.Clear();

        scale.Bands.Count.ShouldBe(2);
    }

    //          lower   upper   value    inside
    [Theory]
    [InlineData("51",   "66",   "51",    true)]
    [InlineData("51",   "66",   "66",    false)]
    [InlineData("51",   "66",   "65.99", true)]
    [InlineData("",     "51",   "-1000", true)]
    [InlineData("91",   "",     "1000",  true)]
    [InlineData("91",   "",     "90.99", false)]
    public void Band_Contains_IsHalfOpen(string lower, string upper, string value, bool expected)
    {
        new PredikatBand(Cap(lower), Cap(upper), "x", "#000000").Contains(D(value)).ShouldBe(expected);
    }
}
