using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Domain.Pengumpulan;

public enum Severity
{
    /// <summary>Blocks the submission until fixed.</summary>
    Error = 1,
    /// <summary>May be submitted after the unit confirms it has looked.</summary>
    Warning = 2,
}

/// <summary>One finding of the pre-submit check, about a row and one of its fields.</summary>
public sealed record CheckIssue(RowKey RowKey, string Field, Severity Severity, string Message)
{
    /// <summary>The field's key in a refusal, e.g. <c>indikator:12.realisasi</c>.</summary>
    public string Key => RowKey.Field(Field);
}

/// <summary>An indicator row as the check sees it.</summary>
public sealed record IndikatorCheckRow(
    RowKey Key, string Satuan, int Decimals, bool AllowsAbove100, RollUp RollUp,
    decimal? Target, decimal? Realisasi, decimal? RealisasiSebelumnya,
    bool BuktiWajib, int BuktiCount, string? Penjelasan);

/// <summary>A sub-kegiatan row: pagu and realisasi anggaran of the quarter, whole rupiah.</summary>
public sealed record AnggaranCheckRow(RowKey Key, long Pagu, long? Realisasi, long RealisasiSebelumnya);

/// <summary>
/// The checks a form passes before it may be submitted. Errors block; warnings need the unit's
/// confirmation. A realisasi far from its target is an error until the unit explains it, then a
/// warning: the explanation is what the Kepala Bidang needs to judge it.
/// </summary>
public static class FormatCheck
{
    /// <summary>Realisasi outside [T × (1 − d), T × (1 + d)] is an outlier; d = 0.5 by default.</summary>
    public const decimal DefaultOutlierBand = 0.5m;

    public static List<CheckIssue> Run(IEnumerable<IndikatorCheckRow> indikator, IEnumerable<AnggaranCheckRow> anggaran,
        decimal outlierBand = DefaultOutlierBand)
    {
        var issues = new List<CheckIssue>();
        foreach (var row in indikator) issues.AddRange(Check(row, outlierBand));
        foreach (var row in anggaran) issues.AddRange(Check(row));
        return issues;
    }

    public static IEnumerable<CheckIssue> Check(IndikatorCheckRow row, decimal outlierBand = DefaultOutlierBand)
    {
        if (row.Realisasi is not decimal r)
        {
            yield return new(row.Key, "realisasi", Severity.Error, "Realisasi wajib diisi.");
        }
        else
        {
            var invalid = ValueError(row, r);
            if (invalid is not null) yield return new(row.Key, "realisasi", Severity.Error, invalid);
            else if (Outlier(row.Target, r, outlierBand) is string far)
                yield return string.IsNullOrWhiteSpace(row.Penjelasan)
                    ? new(row.Key, "penjelasan", Severity.Error, far + " Tuliskan penjelasannya.")
                    : new(row.Key, "realisasi", Severity.Warning, far);
        }
        if (row.BuktiWajib && row.BuktiCount == 0)
            yield return new(row.Key, "bukti", Severity.Error, "Indikator ini mewajibkan bukti dukung; unggah minimal satu berkas.");
    }

    public static IEnumerable<CheckIssue> Check(AnggaranCheckRow row)
    {
        if (row.Realisasi is not long r)
        {
            yield return new(row.Key, "realisasiAnggaran", Severity.Error, "Realisasi anggaran wajib diisi (isi 0 bila belum ada belanja).");
            yield break;
        }
        if (r < 0)
            yield return new(row.Key, "realisasiAnggaran", Severity.Error, "Realisasi anggaran tidak boleh negatif.");
        else if (r + row.RealisasiSebelumnya > row.Pagu)
            yield return new(row.Key, "realisasiAnggaran", Severity.Error,
                $"Realisasi anggaran s.d. triwulan ini ({Angka.Rupiah(r + row.RealisasiSebelumnya)}) melebihi pagu ({Angka.Rupiah(row.Pagu)}).");
    }

    private static string? ValueError(IndikatorCheckRow row, decimal r)
    {
        // A kumulatif indicator reports the quarter's own amount; a negative one would make the
        // running total s.d. this quarter fall below the previous quarter's.
        if (r < 0 && row.RollUp == RollUp.Kumulatif)
            return $"Realisasi kumulatif tidak boleh turun: s.d. triwulan ini {Number(r + (row.RealisasiSebelumnya ?? 0))}, sebelumnya {Number(row.RealisasiSebelumnya ?? 0)}.";
        try
        {
            IndikatorValue.Check(r, row.Decimals, row.Satuan, row.AllowsAbove100, "realisasi", "Realisasi");
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }

    private static string? Outlier(decimal? target, decimal r, decimal band)
    {
        if (target is not decimal t || t <= 0) return null;
        var ratio = r / t;
        if (ratio >= 1 - band && ratio <= 1 + band) return null;
        return $"Realisasi {Number(r)} jauh dari target {Number(t)} ({Number(Math.Round(ratio * 100, 2))} % dari target).";
    }

    private static string Number(decimal d) => Angka.Format(d);
}
