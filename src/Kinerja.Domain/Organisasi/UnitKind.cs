namespace Kinerja.Domain.Organisasi;

public enum UnitKind
{
    Sekretariat = 1,
    Bidang = 2,
    Subbagian = 3,
    Seksi = 4,
    Subbidang = 5,
    Uptd = 6,
    Lainnya = 9,
}

public static class UnitKinds
{
    public static string Label(this UnitKind kind) => kind switch
    {
        UnitKind.Sekretariat => "Sekretariat",
        UnitKind.Bidang => "Bidang",
        UnitKind.Subbagian => "Subbagian",
        UnitKind.Seksi => "Seksi",
        UnitKind.Subbidang => "Subbidang",
        UnitKind.Uptd => "UPTD",
        _ => "Lainnya",
    };

    public static bool TryParse(string? text, out UnitKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var k in Enum.GetValues<UnitKind>())
        {
            if (string.Equals(k.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(k.Label(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        return false;
    }
}
