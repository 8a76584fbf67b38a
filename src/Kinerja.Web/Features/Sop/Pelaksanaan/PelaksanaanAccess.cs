using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>
/// Who sees and works a run. It is read by whoever reads the OPD (as its SOP is; else 404). A step is worked
/// (finished, its kelengkapan checked, a disposisi sent from it) only by someone who holds today a jabatan
/// of one of the step's pelaksana roles in that OPD — a Plt included; anybody else gets 403.
/// </summary>
public static class PelaksanaanAccess
{
    public static async Task<SopInstance> InstanceAsync(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var instance = await db.SopInstance
            .Include(i => i.PerangkatDaerah).Include(i => i.PengumpulanData)
            .Include(i => i.Steps).ThenInclude(s => s.Petugas)
            .Include(i => i.Steps).ThenInclude(s => s.Kelengkapan)
            .Include(i => i.Disposisi)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null || !scope.CanReadOpd(instance.PerangkatDaerah)) throw new NotFoundException("Pelaksanaan SOP tidak ditemukan.");
        return instance;
    }

    /// <summary>The revision the run follows, parsed.</summary>
    public static async Task<SopDefinition> DefinitionAsync(SopInstance instance, AppDbContext db, CancellationToken ct)
    {
        var yaml = await db.SopRevisi.Where(r => r.SopDokumenId == instance.SopDokumenId && r.Revisi == instance.Revisi)
            .Select(r => r.Yaml).SingleAsync(ct);
        return SopDefinitionParser.Parse(yaml);
    }

    public static SopInstanceStep Step(SopInstance instance, int stepId) =>
        instance.Steps.FirstOrDefault(s => s.Id == stepId) ?? throw new NotFoundException("Langkah pelaksanaan SOP tidak ditemukan.");

    public static IReadOnlyList<SopRole> RolesOf(SopDefinition def, int stepNo) =>
        def.Step(stepNo).Pelaksana.Select(p => def.PelaksanaOf(p).Peran).Distinct().ToList();

    public static bool IsActorOf(AccessScope scope, SopInstance instance, SopDefinition def, int stepNo) =>
        RolesOf(def, stepNo).Any(r => scope.HoldsRoleInOpd(r, instance.PerangkatDaerahId));

    /// <summary>403 unless the user works this step; 422 when the step is already finished.</summary>
    public static void EnsureWorks(AccessScope scope, SopInstance instance, SopDefinition def, SopInstanceStep step)
    {
        if (!IsActorOf(scope, instance, def, step.StepNo))
        {
            var who = string.Join(", ", def.Step(step.StepNo).Pelaksana.Select(p => def.PelaksanaOf(p).Judul));
            throw new ForbiddenException($"Langkah {step.StepNo} dikerjakan oleh {who}; Anda tidak memangku jabatan itu.");
        }
        if (!step.IsOpen) throw new Domain.DomainException($"Langkah {step.StepNo} sudah selesai.", "langkah");
    }

    /// <summary>Lets a stale <paramref name="version"/> end in 409 on save, as everywhere else.</summary>
    public static void Expect<T>(AppDbContext db, T entity, int version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
