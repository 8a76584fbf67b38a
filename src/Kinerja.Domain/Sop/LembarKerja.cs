namespace Kinerja.Domain.Sop;

/// <summary>
/// The "Lembar Kerja Identifikasi Kegiatan" some SOPs attach (the Bappeda Banggai seed does):
/// who answers for the product and the activity, and which steps open, carry and close the flow.
/// Its texts may differ from the step table; both are kept as written.
/// </summary>
public sealed record LembarKerja
{
    public string? JenisKegiatan { get; init; }

    public string? PenanggungJawabProduk { get; init; }

    public string? PenanggungJawabKegiatan { get; init; }

    public string? RuangLingkup { get; init; }

    public string? JudulKegiatan { get; init; }

    public string? LangkahAwal { get; init; }

    public string? LangkahUtama { get; init; }

    public string? LangkahAkhir { get; init; }

    public ValueList<IdentifikasiLangkah> IdentifikasiLangkah { get; init; } = ValueList<IdentifikasiLangkah>.Empty;
}

/// <summary>One line of "C. Identifikasi Langkah": the step, its stage, and its text there.</summary>
public sealed record IdentifikasiLangkah(TahapLangkah Tahap, int No, string Uraian);

public enum TahapLangkah
{
    Awal = 1,
    Utama = 2,
    Akhir = 3,
}
