using Kinerja.Domain.Sop;

namespace Kinerja.Web.Features.Sop;

public record SopDto(int Id, int PerangkatDaerahId, string PerangkatDaerahNama, string Nama, string? Nomor, int Revisi, string? TanggalEfektif, int Version);

public record SopRevisiDto(int Revisi, DateTime CreatedAtUtc, string CreatedByUserName, string? Nomor, string? TanggalEfektif);

public record SopIdentitasDto(
    string Nama, string Instansi, string? Nomor, string TanggalPembuatan, string? TanggalRevisi, string? TanggalEfektif, string? DisahkanOleh,
    IReadOnlyList<string> DasarHukum, IReadOnlyList<string> KualifikasiPelaksana, IReadOnlyList<string> Keterkaitan,
    IReadOnlyList<string> PeralatanPerlengkapan, string Peringatan, string PencatatanPendataan);

public record SopPelaksanaDto(string Id, string Judul, string Peran);

/// <summary>Ya, Tidak and Lanjut are a step number or "selesai".</summary>
public record SopLangkahDto(int Nomor, string Kegiatan, IReadOnlyList<string> Pelaksana, string? Kelengkapan, string Waktu, int WaktuValue, string WaktuUnit,
    string? Output, string? Keterangan, string? Ya, string? Tidak, string? Lanjut);

/// <summary>
/// The current revision, read: <see cref="JumlahWaktu"/> is the total as the document states it,
/// else as computed (<see cref="WaktuTotal.Format"/>); <see cref="TotalWaktuTepat"/> never rounds.
/// </summary>
public record SopDetailDto(int Id, int PerangkatDaerahId, string Nama, int Revisi, int Version, SopIdentitasDto Identitas,
    IReadOnlyList<SopPelaksanaDto> Pelaksana, IReadOnlyList<SopLangkahDto> Langkah, int MulaiLangkah,
    string JumlahWaktu, string TotalWaktu, string TotalWaktuTepat)
{
    public static SopDetailDto From(SopDokumen sop, SopDefinition d)
    {
        var i = d.Identitas;
        return new SopDetailDto(sop.Id, sop.PerangkatDaerahId, sop.Nama, sop.RevisiTerakhir, sop.Version,
            new SopIdentitasDto(i.Nama, i.Instansi, i.Nomor, i.TanggalPembuatan, i.TanggalRevisi, i.TanggalEfektif, i.DisahkanOleh,
                [.. i.DasarHukum], [.. i.KualifikasiPelaksana], [.. i.Keterkaitan], [.. i.PeralatanPerlengkapan], i.Peringatan, i.PencatatanPendataan),
            d.Pelaksana.Select(p => new SopPelaksanaDto(p.Id, p.Judul, p.Peran.ToString())).ToList(),
            d.Steps.Select(s => new SopLangkahDto(s.No, s.Kegiatan, [.. s.Pelaksana], s.MutuBaku.Kelengkapan, s.MutuBaku.Waktu.ToString(),
                s.MutuBaku.Waktu.Amount, s.MutuBaku.Waktu.Unit.Keyword(), s.MutuBaku.Output, s.Keterangan,
                s.Decision?.Ya.ToString(), s.Decision?.Tidak.ToString(), s.Lanjut?.ToString())).ToList(),
            d.Start.StepNo, d.JumlahWaktu ?? d.TotalWaktu.Format(), d.TotalWaktu.Format(), d.TotalWaktu.FormatExact());
    }
}
