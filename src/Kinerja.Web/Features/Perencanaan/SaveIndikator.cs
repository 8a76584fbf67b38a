using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

public record TargetInput(int Tahun, decimal Nilai, decimal? NilaiAtas = null);

public record SaveIndikatorRequest(
    string? Kode, string? Nama, string? Satuan, Polarity Polarity, NegativeFormula? NegativeFormula, RollUp RollUp,
    int Decimals, bool IsIku, string? DefinisiOperasional = null, string? Formula = null, string? SumberData = null,
    decimal? KondisiAwal = null, decimal? TargetAkhir = null, decimal? CapaianCap = null, bool AllowsAbove100 = false,
    IReadOnlyList<TargetInput>? Targets = null, IReadOnlyList<int>? UnitIds = null, int Version = 0,
    NegativeResult NegativeResult = NegativeResult.Keep);

/// <summary>
/// Adds an indicator to a sasaran (sasaranId) or changes one (id), with its target per Renstra year and
/// the units that answer for its data. All fields are checked before anything is written.
/// </summary>
public static class SaveIndikator
{
    public static async Task<Indikator> Handle(int? sasaranId, int? id, SaveIndikatorRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        Indikator indikator;
        Renstra renstra;
        if (id is int existing)
        {
            (indikator, renstra) = await PlanAccess.IndikatorAsync(existing, db, scope, write: true, ct);
            db.Entry(indikator).Property(x => x.Version).OriginalValue = r.Version;
        }
        else
        {
            var sasaran = await PlanAccess.SasaranAsync(sasaranId!.Value, db, scope, write: true, ct);
            renstra = sasaran.Tujuan.Renstra;
            indikator = new Indikator { SasaranId = sasaran.Id, Kode = "", Nama = "", Satuan = "" };
        }

        var kode = Input.Code(r.Kode, "Kode", "Kode indikator");
        var nama = Input.Required(r.Nama, "Nama", "Nama indikator", 500);
        var satuan = Input.Required(r.Satuan, "Satuan", "Satuan", 50);
        if (!Enum.IsDefined(r.Polarity)) throw new DomainException("Polaritas tidak dikenal.", "Polarity");
        if (!Enum.IsDefined(r.RollUp)) throw new DomainException("Cara akumulasi tidak dikenal.", "RollUp");
        if (r.Polarity == Polarity.Negative && r.NegativeFormula is null)
            throw new DomainException("Indikator negatif harus memilih rumus: selisih atau rasio terbalik.", "NegativeFormula");
        if (r.Decimals is < 0 or > IndikatorValue.MaxDecimals)
            throw new DomainException($"Jumlah desimal harus 0 sampai {IndikatorValue.MaxDecimals}.", "Decimals");
        CapaianSettings.From(r.Polarity, r.NegativeFormula, r.RollUp, r.CapaianCap, r.Decimals, r.NegativeResult);
        var ownerOpd = renstra.PerangkatDaerahId;
        if (await db.Indikator.AnyAsync(i => i.Kode == kode && i.Id != (id ?? 0) && i.Sasaran!.Tujuan.RenstraId == renstra.Id, ct))
            throw new DomainException($"Kode indikator {kode} sudah dipakai di Renstra ini.", "Kode");

        var targets = CheckTargets(r, satuan, renstra);
        foreach (var (v, f, l) in new[] { (r.KondisiAwal, "KondisiAwal", "Kondisi awal"), (r.TargetAkhir, "TargetAkhir", "Target akhir Renstra") })
            if (v is decimal d) IndikatorValue.Check(d, r.Decimals, satuan, r.AllowsAbove100, f, l);
        var unitIds = (r.UnitIds ?? []).Distinct().ToList();
        if (await db.UnitKerja.CountAsync(u => unitIds.Contains(u.Id) && u.PerangkatDaerahId == ownerOpd, ct) != unitIds.Count)
            throw new DomainException("Unit penanggung jawab harus unit kerja perangkat daerah ini.", "UnitIds");

        (indikator.Kode, indikator.Nama, indikator.Satuan, indikator.Polarity, indikator.RollUp, indikator.Decimals, indikator.IsIku) =
            (kode, nama, satuan, r.Polarity, r.RollUp, r.Decimals, r.IsIku);
        indikator.NegativeFormula = r.Polarity == Polarity.Positive ? null : r.NegativeFormula;
        indikator.DefinisiOperasional = Input.Optional(r.DefinisiOperasional, "DefinisiOperasional", "Definisi operasional", 2000);
        indikator.Formula = Input.Optional(r.Formula, "Formula", "Formula", 1000);
        indikator.SumberData = Input.Optional(r.SumberData, "SumberData", "Sumber data", 300);
        (indikator.KondisiAwal, indikator.TargetAkhir, indikator.CapaianCap, indikator.AllowsAbove100) = (r.KondisiAwal, r.TargetAkhir, r.CapaianCap, r.AllowsAbove100);
        indikator.NegativeResult = r.NegativeResult;

        indikator.Targets.RemoveAll(t => !targets.ContainsKey(t.Tahun));
        foreach (var (tahun, t) in targets)
        {
            var row = indikator.Targets.FirstOrDefault(x => x.Tahun == tahun);
            if (row is null) indikator.Targets.Add(row = new IndikatorTarget { Tahun = tahun });
            (row.Nilai, row.NilaiAtas) = (t.Nilai, t.NilaiAtas);
        }
        indikator.Units.RemoveAll(u => !unitIds.Contains(u.UnitKerjaId));
        foreach (var u in unitIds.Where(u => indikator.Units.All(x => x.UnitKerjaId != u)))
            indikator.Units.Add(new IndikatorUnit { UnitKerjaId = u });

        if (id is null) db.Indikator.Add(indikator);
        // Targets and units are rows of their own: changing only them must still count as an edit of the
        // indicator, so its version moves and a planner working from an older copy gets a conflict.
        else if (db.Entry(indikator).State == EntityState.Unchanged && db.ChangeTracker.HasChanges())
            db.Entry(indikator).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return indikator;
    }

    private static Dictionary<int, TargetInput> CheckTargets(SaveIndikatorRequest r, string satuan, Renstra renstra)
    {
        var result = new Dictionary<int, TargetInput>();
        foreach (var t in r.Targets ?? [])
        {
            var field = $"Targets[{t.Tahun}]";
            if (t.Tahun < renstra.TahunAwal || t.Tahun > renstra.TahunAkhir)
                throw new DomainException($"Tahun {t.Tahun} di luar periode Renstra {renstra.TahunAwal}–{renstra.TahunAkhir}.", field);
            if (!result.TryAdd(t.Tahun, t)) throw new DomainException($"Target tahun {t.Tahun} diisi lebih dari sekali.", field);
            IndikatorValue.Check(t.Nilai, r.Decimals, satuan, r.AllowsAbove100, field, $"Target {t.Tahun}");
            if (r.Polarity == Polarity.Range)
            {
                if (t.NilaiAtas is not decimal upper) throw new DomainException($"Target {t.Tahun} indikator rentang perlu batas atas.", field);
                IndikatorValue.Check(upper, r.Decimals, satuan, r.AllowsAbove100, field, $"Batas atas target {t.Tahun}");
                if (upper < t.Nilai) throw new DomainException($"Batas atas target {t.Tahun} lebih kecil dari batas bawahnya.", field);
            }
            else if (t.NilaiAtas is not null) throw new DomainException($"Batas atas hanya untuk indikator rentang (target {t.Tahun}).", field);
        }
        return result;
    }
}
