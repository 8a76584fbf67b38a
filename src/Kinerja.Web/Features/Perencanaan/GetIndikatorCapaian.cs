using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Rekap;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Rekap;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>One quarter behind an indicator's period capaian: its target and the counted realisasi.</summary>
public record TriwulanCapaianDto(int Triwulan, decimal? Target, decimal? TargetAtas, decimal? Realisasi, int FormDihitung, int FormTidakDihitung);

/// <param name="StatusData">The data behind the figure (terkunci, diajukan, dikembalikan, belum diisi).</param>
/// <param name="Progres">Progress toward the year's target, ΣR / T_year (null for a range indicator or without a yearly target).</param>
public record IndikatorCapaianDto(
    int IndikatorId, string Kode, string Nama, string Satuan, int Tahun, string Periode, RollUp RollUp, Polarity Polarity,
    string SumberTarget, bool HanyaTerkunci, decimal? Target, decimal? TargetAtas, decimal? Realisasi, decimal? TargetPeriode,
    string Status, decimal? Capaian, string CapaianTampil, string? Predikat, string? Warna, string? Alasan,
    bool BelumAdaData, bool BelumLengkap, List<int> TriwulanTerisi, List<int> TriwulanBelumTerisi, List<TriwulanCapaianDto> Triwulan,
    DataStatus StatusData = DataStatus.BelumDiisi, decimal? Progres = null, string? ProgresTampil = null);

/// <summary>
/// An indicator's capaian for a period of a year, computed through the recap's one code path
/// (<see cref="CapaianSource"/> gathers, <see cref="IndikatorFigures"/> computes): the quarters'
/// targets of the signed PK's Rencana Aksi (else the Renstra's yearly target), the realisasi of the
/// collection forms of that year's rounds, and the Pemda's predikat scale and display precision. Which
/// forms count is in docs/capaian.md ("Capaian through the API").
/// </summary>
public static class GetIndikatorCapaian
{
    public static async Task<IndikatorCapaianDto> Handle(int id, int? tahun, string? periode, bool terkunci, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var (_, renstra) = await PlanAccess.IndikatorAsync(id, db, scope, write: false, ct);
        if (tahun is not int year) throw new DomainException("Tahun wajib diisi, mis. tahun=2026.", "tahun");
        if (year < renstra.TahunAwal || year > renstra.TahunAkhir)
            throw new DomainException($"Tahun {year} di luar periode Renstra {renstra.TahunAwal}–{renstra.TahunAkhir}.", "tahun");
        if (!Periode.TryParse(periode ?? "TAHUNAN", out var p))
            throw new DomainException($"Periode '{periode}' tidak dikenal. Contoh: TW2, S1, TAHUNAN, SD_TW3.", "periode");

        var source = await CapaianSource.LoadAsync(new CapaianSelection(year) { IndikatorId = id }, db, ct);
        var i = source.Indikator.Single();
        // Submitted and beyond by default (what a validator is looking at); locked only for the figures reports use.
        var figure = source.Compute(i, p, includeSubmitted: !terkunci);
        var settings = source.Pemda.TryGetValue(i.PemdaId, out var s) ? s : PemdaCapaianSettings.Default(i.PemdaId);
        return Map(i, year, figure, terkunci, settings);
    }

    public static IndikatorCapaianDto Map(IndikatorPlan i, int year, IndikatorPeriode figure, bool terkunci, PemdaCapaianSettings settings)
    {
        var display = settings.Display;
        var band = display.Predikat(settings.Predikat, figure.Capaian);
        var quarters = figure.Triwulan.Select(t => new TriwulanCapaianDto(t.Triwulan, t.Target.Lower, t.Target.Upper, t.Realisasi, t.Counted, t.NotCounted)).ToList();
        return new IndikatorCapaianDto(i.Id, i.Kode, i.Nama, i.Satuan, year, figure.Periode.Label, i.Settings.RollUp, i.Settings.Polarity,
            Source(figure.Source), terkunci, figure.Target?.Lower, figure.Target is { IsBand: true } b ? b.Upper : null, figure.Realisasi,
            figure.FullTarget?.Lower, StatusOf(figure.Capaian), figure.Capaian.Percent, display.Text(figure.Capaian), band?.Label, band?.Colour,
            (figure.Capaian as CapaianResult.NotComputable)?.Reason.Label(), !figure.HasData, !figure.IsComplete,
            [.. figure.Filled], [.. figure.Missing], quarters, figure.Status, figure.Progress?.Percent,
            figure.Progress is { } progress ? display.Text(progress) : null);
    }

    public static string Source(TargetSource s) => s switch
    {
        TargetSource.RencanaAksi => "RencanaAksi",
        TargetSource.Renstra => "Renstra",
        _ => "Tidak ada",
    };

    private static string StatusOf(CapaianResult r) => r switch { CapaianResult.Computed => "Computed", CapaianResult.NoData => "NoData", _ => "NotComputable" };
}
