namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>A round in a list, with how many of its forms are locked.</summary>
public record PengumpulanSummaryDto(int Id, int? PerangkatDaerahId, string? PerangkatDaerah, int Tahun, int Triwulan, string Periode,
    DateTime DibukaUtc, DateTime BatasWaktuUtc, bool LewatBatasWaktu, bool Terkunci, int JumlahFormat, int FormatTerkunci);

/// <summary>A round with the forms the reader may see, and the warnings of its opening.</summary>
public record PengumpulanDto(int Id, int? PerangkatDaerahId, string? PerangkatDaerah, int Tahun, int Triwulan, string Periode,
    DateTime DibukaUtc, DateTime BatasWaktuUtc, bool ValidasiKasi, string DibukaOleh, DateTime? DikunciUtc, int Version,
    List<FormatSummaryDto> FormatDataKinerja, List<string> Peringatan);
