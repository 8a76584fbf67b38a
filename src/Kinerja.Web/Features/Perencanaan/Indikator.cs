using Kinerja.Domain.Capaian;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>
/// A performance indicator of a sasaran (or of a programme / kegiatan), with the settings the
/// capaian engine computes it by and a target per Renstra year.
/// </summary>
public class Indikator : IVersioned
{
    public int Id { get; set; }
    public int? SasaranId { get; set; }
    public Sasaran? Sasaran { get; set; }
    public int? ProgramKegiatanId { get; set; }
    public ProgramKegiatan? ProgramKegiatan { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public string? DefinisiOperasional { get; set; }
    public string? Formula { get; set; }
    public required string Satuan { get; set; }
    public Polarity Polarity { get; set; } = Polarity.Positive;
    public NegativeFormula? NegativeFormula { get; set; }
    public RollUp RollUp { get; set; } = RollUp.Kumulatif;
    /// <summary>Whether a capaian below 0 is reported as it is or as 0 % (an agency's choice, domain.md).</summary>
    public NegativeResult NegativeResult { get; set; } = NegativeResult.Keep;
    public int Decimals { get; set; } = 2;
    public string? SumberData { get; set; }
    public bool IsIku { get; set; }
    public decimal? KondisiAwal { get; set; }
    public decimal? TargetAkhir { get; set; }
    /// <summary>Optional ceiling on capaian (e.g. 100 or 120); null means none.</summary>
    public decimal? CapaianCap { get; set; }
    /// <summary>A percentage indicator that may legitimately exceed 100.</summary>
    public bool AllowsAbove100 { get; set; }
    /// <summary>The data form may not be submitted without at least one evidence file for this indicator.</summary>
    public bool BuktiWajib { get; set; }
    public int Version { get; set; }

    public List<IndikatorTarget> Targets { get; set; } = [];

    /// <summary>The settings the capaian engine computes this indicator by.</summary>
    public IndikatorSettings Settings() => CapaianSettings.From(Polarity, NegativeFormula, RollUp, CapaianCap, Decimals, NegativeResult);
    public List<IndikatorUnit> Units { get; set; } = [];
}

public class IndikatorTarget
{
    public int Id { get; set; }
    public int IndikatorId { get; set; }
    public int Tahun { get; set; }
    public decimal Nilai { get; set; }
    /// <summary>Upper bound of the band, for range indicators (Nilai is the lower bound).</summary>
    public decimal? NilaiAtas { get; set; }
}

/// <summary>A unit that answers for the indicator's data.</summary>
public class IndikatorUnit
{
    public int IndikatorId { get; set; }
    public int UnitKerjaId { get; set; }
    public UnitKerja UnitKerja { get; set; } = null!;
}
