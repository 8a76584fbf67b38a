using Kinerja.Domain.Capaian;

namespace Kinerja.Web.Features.Perencanaan;

public record RenstraDto(int Id, int PerangkatDaerahId, string Nama, int TahunAwal, int TahunAkhir, int Version);

public record RenstraTreeDto(int Id, int PerangkatDaerahId, string Nama, int TahunAwal, int TahunAkhir, int Version, List<TujuanDto> Tujuan);

public record TujuanDto(int Id, string Kode, string Uraian, int Version, List<SasaranDto> Sasaran);

public record SasaranDto(int Id, string Kode, string Uraian, int Version, List<IndikatorDto> Indikator);

public record TargetDto(int Tahun, decimal Nilai, decimal? NilaiAtas);

public record IndikatorDto(
    int Id, int? SasaranId, string Kode, string Nama, string Satuan, Polarity Polarity, NegativeFormula? NegativeFormula, RollUp RollUp,
    int Decimals, bool IsIku, string? DefinisiOperasional, string? Formula, string? SumberData, decimal? KondisiAwal, decimal? TargetAkhir,
    decimal? CapaianCap, bool AllowsAbove100, List<TargetDto> Targets, List<int> UnitIds, int Version, NegativeResult NegativeResult)
{
    public static IndikatorDto From(Indikator i) => new(
        i.Id, i.SasaranId, i.Kode, i.Nama, i.Satuan, i.Polarity, i.NegativeFormula, i.RollUp, i.Decimals, i.IsIku, i.DefinisiOperasional,
        i.Formula, i.SumberData, i.KondisiAwal, i.TargetAkhir, i.CapaianCap, i.AllowsAbove100,
        i.Targets.OrderBy(t => t.Tahun).Select(t => new TargetDto(t.Tahun, t.Nilai, t.NilaiAtas)).ToList(),
        i.Units.Select(u => u.UnitKerjaId).OrderBy(u => u).ToList(), i.Version, i.NegativeResult);
}

public static class RenstraTree
{
    public static RenstraTreeDto From(Renstra r) => new(r.Id, r.PerangkatDaerahId, r.Nama, r.TahunAwal, r.TahunAkhir, r.Version,
        r.Tujuan.OrderBy(t => t.Kode).Select(t => new TujuanDto(t.Id, t.Kode, t.Uraian, t.Version,
            t.Sasaran.OrderBy(s => s.Kode).Select(s => new SasaranDto(s.Id, s.Kode, s.Uraian, s.Version,
                s.Indikator.OrderBy(i => i.Kode).Select(IndikatorDto.From).ToList())).ToList())).ToList());
}
