using System.Text.RegularExpressions;

namespace Kinerja.Domain.Perencanaan;

/// <summary>
/// Codes of programmes, activities and sub-activities in the Kepmendagri 050-5889/2021 format:
/// urusan.bidang-urusan.program[.kegiatan-group.kegiatan[.sub-kegiatan]], e.g. 1.03.02 (program),
/// 1.03.02.2.01 (kegiatan), 1.03.02.2.01.0006 or 1.03.02.2.01.06 (sub-kegiatan). "X" stands for
/// the cross-cutting urusan codes the Kepmendagri writes as X.XX.
/// </summary>
public static partial class KodeProgram
{
    [GeneratedRegex(@"^[0-9X]\.[0-9X]{2}\.\d{2}$")]
    private static partial Regex ProgramPattern();

    [GeneratedRegex(@"^[0-9X]\.[0-9X]{2}\.\d{2}\.\d\.\d{2}$")]
    private static partial Regex KegiatanPattern();

    [GeneratedRegex(@"^[0-9X]\.[0-9X]{2}\.\d{2}\.\d\.\d{2}\.(\d{2}|\d{4})$")]
    private static partial Regex SubKegiatanPattern();

    public static string Example(ProgramLevel level) => level switch
    {
        ProgramLevel.Program => "1.03.02",
        ProgramLevel.Kegiatan => "1.03.02.2.01",
        _ => "1.03.02.2.01.0006",
    };

    /// <summary>Normalises (trims, upper-cases X) and checks the code for its level; throws with an Indonesian message.</summary>
    public static string Validate(string? code, ProgramLevel level, string field = "Kode")
    {
        var c = code?.Trim().ToUpperInvariant() ?? "";
        var ok = level switch
        {
            ProgramLevel.Program => ProgramPattern().IsMatch(c),
            ProgramLevel.Kegiatan => KegiatanPattern().IsMatch(c),
            _ => SubKegiatanPattern().IsMatch(c),
        };
        if (!ok)
            throw new DomainException($"Kode {Label(level)} \"{c}\" tidak sesuai format Kepmendagri 050-5889/2021 (contoh: {Example(level)}).", field);
        return c;
    }

    /// <summary>A kegiatan's code starts with its programme's code, a sub-kegiatan's with its kegiatan's.</summary>
    public static void EnsureUnder(string childCode, string parentCode, ProgramLevel childLevel, string field = "Kode")
    {
        if (!childCode.StartsWith(parentCode + ".", StringComparison.Ordinal))
            throw new DomainException($"Kode {Label(childLevel)} {childCode} harus diawali kode induknya {parentCode}.", field);
    }

    public static ProgramLevel? Parent(ProgramLevel level) => level switch
    {
        ProgramLevel.Kegiatan => ProgramLevel.Program,
        ProgramLevel.SubKegiatan => ProgramLevel.Kegiatan,
        _ => null,
    };

    public static string Label(ProgramLevel level) => level switch
    {
        ProgramLevel.Program => "program",
        ProgramLevel.Kegiatan => "kegiatan",
        _ => "sub-kegiatan",
    };
}
