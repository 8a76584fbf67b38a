using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Tests.Perencanaan;

public class KodeProgramTests
{
    [Theory]
    [InlineData("1.03.02", ProgramLevel.Program)]
    [InlineData("X.XX.01", ProgramLevel.Program)]
    [InlineData(" 1.03.02 ", ProgramLevel.Program)]
    [InlineData("1.03.02.2.01", ProgramLevel.Kegiatan)]
    [InlineData("x.xx.01.2.01", ProgramLevel.Kegiatan)]
    [InlineData("1.03.02.2.01.0006", ProgramLevel.SubKegiatan)]
    [InlineData("X.XX.01.2.01.06", ProgramLevel.SubKegiatan)]
    public void Validate_WellFormedCode_IsAcceptedAndNormalised(string code, ProgramLevel level)
    {
        KodeProgram.Validate(code, level).ShouldBe(code.Trim().ToUpperInvariant());
    }

    [Theory]
    [InlineData("", ProgramLevel.Program)]
    [InlineData(null, ProgramLevel.Program)]
    [InlineData("1.3.02", ProgramLevel.Program)]
    [InlineData("1.03.02.2.01", ProgramLevel.Program)]
    [InlineData("1.03.2", ProgramLevel.Program)]
    [InlineData("1,03,02", ProgramLevel.Program)]
    [InlineData("1.03.02", ProgramLevel.Kegiatan)]
    [InlineData("1.03.02.22.01", ProgramLevel.Kegiatan)]
    [InlineData("1.03.02.2.01.6", ProgramLevel.SubKegiatan)]
    [InlineData("1.03.02.2.01.006", ProgramLevel.SubKegiatan)]
    [InlineData("1.03.02.2.01.00006", ProgramLevel.SubKegiatan)]
    [InlineData("1.03.02.2.01", ProgramLevel.SubKegiatan)]
    [InlineData("Y.XX.01", ProgramLevel.Program)]
    public void Validate_MalformedCode_IsRefusedWithAnExample(string? code, ProgramLevel level)
    {
        var e = Should.Throw<DomainException>(() => KodeProgram.Validate(code, level));
        e.Field.ShouldBe("Kode");
        e.Message.ShouldContain("Kepmendagri 050-5889/2021");
        e.Message.ShouldContain(KodeProgram.Example(level));
    }

    [Theory]
    [InlineData("1.03.02.2.01", "1.03.02", ProgramLevel.Kegiatan, true)]
    [InlineData("1.03.02.2.01.0006", "1.03.02.2.01", ProgramLevel.SubKegiatan, true)]
    [InlineData("1.03.03.2.01", "1.03.02", ProgramLevel.Kegiatan, false)]
    [InlineData("1.03.021.2.01", "1.03.02", ProgramLevel.Kegiatan, false)]
    [InlineData("1.03.02.2.02.0006", "1.03.02.2.01", ProgramLevel.SubKegiatan, false)]
    public void EnsureUnder_ChildCodeMustStartWithTheParentsCode(string child, string parent, ProgramLevel level, bool ok)
    {
        if (ok) Should.NotThrow(() => KodeProgram.EnsureUnder(child, parent, level));
        else Should.Throw<DomainException>(() => KodeProgram.EnsureUnder(child, parent, level)).Message.ShouldContain(parent);
    }

    [Theory]
    [InlineData(ProgramLevel.Program, null)]
    [InlineData(ProgramLevel.Kegiatan, ProgramLevel.Program)]
    [InlineData(ProgramLevel.SubKegiatan, ProgramLevel.Kegiatan)]
    public void Parent_OfEachLevel(ProgramLevel level, ProgramLevel? parent)
    {
        KodeProgram.Parent(level).ShouldBe(parent);
    }
}
