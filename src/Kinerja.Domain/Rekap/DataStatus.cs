namespace Kinerja.Domain.Rekap;

/// <summary>
/// Where the data behind a recap figure stands, as a reader of the recap needs to know it. The four
/// words of the form chain that matter outside it: locked (final), submitted (being validated, not
/// final), returned to the unit, or not filled in (being filled, or no form at all).
/// </summary>
public enum DataStatus
{
    /// <summary>Verified and locked: the figure is final.</summary>
    Terkunci = 1,
    /// <summary>Submitted and somewhere in validation: shown only on request, marked "belum final".</summary>
    Diajukan = 2,
    /// <summary>Returned to the unit with notes: not the unit's statement any more.</summary>
    Dikembalikan = 3,
    /// <summary>Being filled in by the unit, or no form of the quarter holds the indicator.</summary>
    BelumDiisi = 4,
}

public static class DataStatuses
{
    public static string Label(this DataStatus status) => status switch
    {
        DataStatus.Terkunci => "Terkunci",
        DataStatus.Diajukan => "Diajukan (belum final)",
        DataStatus.Dikembalikan => "Dikembalikan",
        DataStatus.BelumDiisi => "Belum diisi",
        _ => status.ToString(),
    };

    /// <summary>Is a figure of this status counted? Locked always; submitted only when the reader asks for it.</summary>
    public static bool IsCounted(this DataStatus status, bool includeSubmitted) =>
        status == DataStatus.Terkunci || (includeSubmitted && status == DataStatus.Diajukan);

    /// <summary>
    /// The status a figure built on several forms carries: the least final of them. Returned outranks not
    /// filled, because it asks for a correction rather than for patience.
    /// </summary>
    public static DataStatus LeastFinal(IEnumerable<DataStatus> statuses)
    {
        var worst = (DataStatus?)null;
        foreach (var s in statuses)
            if (worst is null || Rank(s) > Rank(worst.Value)) worst = s;
        return worst ?? DataStatus.BelumDiisi;
    }

    private static int Rank(DataStatus s) => s switch
    {
        DataStatus.Terkunci => 0,
        DataStatus.Diajukan => 1,
        DataStatus.BelumDiisi => 2,
        _ => 3,
    };
}
