namespace Kinerja.Domain.Capaian;

public enum PeriodeKind
{
    /// <summary>The whole year. Zero, so that <c>default(Periode)</c> is a valid period.</summary>
    Tahunan = 0,
    Triwulan = 1,
    Semester = 2,
    /// <summary>"s.d. TW n": from TW I up to and including TW n.</summary>
    SampaiDenganTriwulan = 3,
}

/// <summary>
/// A reporting period of one year: TW I–IV, Semester I–II, Tahunan, or "s.d. TW n". It knows which
/// quarters it covers, which is all a roll-up needs. Built only through the factories, so an invalid
/// period (TW V) cannot exist; <c>default</c> is Tahunan.
/// </summary>
public readonly record struct Periode
{
    private Periode(PeriodeKind kind, int number)
    {
        Kind = kind;
        Number = number;
    }

    public PeriodeKind Kind { get; }

    /// <summary>1–4 for Triwulan and "s.d. TW n", 1–2 for Semester, 0 for Tahunan.</summary>
    public int Number { get; }

    public static Periode Tahunan => default;

    public static Periode Triwulan(int number) => new(PeriodeKind.Triwulan, InRange(number, 4));

    public static Periode Semester(int number) => new(PeriodeKind.Semester, InRange(number, 2));

    public static Periode SampaiDenganTriwulan(int number) =>
        new(PeriodeKind.SampaiDenganTriwulan, InRange(number, 4));

    /// <summary>The eleven periods of a year, in the order a report lists them.</summary>
    public static IReadOnlyList<Periode> All { get; } =
    [
        Triwulan(1), Triwulan(2), Triwulan(3), Triwulan(4),
        Semester(1), Semester(2),
        Tahunan,
        SampaiDenganTriwulan(1), SampaiDenganTriwulan(2), SampaiDenganTriwulan(3), SampaiDenganTriwulan(4),
    ];

    public int FirstTriwulan => Kind switch
    {
        PeriodeKind.Triwulan => Number,
        PeriodeKind.Semester => 2 * Number - 1,
        _ => 1,
    };

    public int LastTriwulan => Kind switch
    {
        PeriodeKind.Triwulan or PeriodeKind.SampaiDenganTriwulan => Number,
        PeriodeKind.Semester => 2 * Number,
        _ => 4,
    };

    /// <summary>The quarters (1 = TW I … 4 = TW IV) the period covers, ascending.</summary>
    public IReadOnlyList<int> Covered =>
        Enumerable.Range(FirstTriwulan, LastTriwulan - FirstTriwulan + 1).ToArray();

    public bool Covers(int triwulan) => triwulan >= FirstTriwulan && triwulan <= LastTriwulan;

    /// <summary>The label reports print: "TW I", "Semester II", "Tahunan", "s.d. TW III".</summary>
    public string Label => Kind switch
    {
        PeriodeKind.Triwulan => "TW " + PeriodeLabels.Roman(Number),
        PeriodeKind.Semester => "Semester " + PeriodeLabels.Roman(Number),
        PeriodeKind.SampaiDenganTriwulan => "s.d. TW " + PeriodeLabels.Roman(Number),
        _ => "Tahunan",
    };

    /// <summary>The code URLs and query strings carry: "TW2", "S1", "SD_TW3", "TAHUNAN" (read back by <see cref="Parse"/>).</summary>
    public string Code => Kind switch
    {
        PeriodeKind.Triwulan => "TW" + Number,
        PeriodeKind.Semester => "S" + Number,
        PeriodeKind.SampaiDenganTriwulan => "SD_TW" + Number,
        _ => "TAHUNAN",
    };

    public override string ToString() => Label;

    public static bool TryParse(string? text, out Periode periode) => PeriodeLabels.TryParse(text, out periode);

    public static Periode Parse(string? text) =>
        TryParse(text, out var periode)
            ? periode
            : throw new DomainException($"Periode '{text}' tidak dikenal. Contoh: TW I, Semester I, Tahunan, s.d. TW III.", "Periode");

    // A wrong number here is a programming error (user text goes through TryParse), hence not a DomainException.
    private static int InRange(int number, int max) =>
        number >= 1 && number <= max
            ? number
            : throw new ArgumentOutOfRangeException(nameof(number), number, $"Expected 1–{max}.");
}
