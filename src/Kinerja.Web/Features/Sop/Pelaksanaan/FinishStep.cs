using Kinerja.Domain;
using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

public record FinishStepRequest(int Version, Keputusan? Keputusan = null, string? OutputNama = null, string? OutputTautan = null, string? Catatan = null);

/// <summary>
/// A pelaksana finishes the active step: records its output document and, for a decision, Ya or Tidak;
/// the next step (by sequence or by the decision's branch, possibly back to an earlier one) becomes active,
/// or the run ends at selesai.
/// </summary>
public static class FinishStep
{
    public static async Task<List<string>> Handle(int instanceId, int stepId, FinishStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var instance = await PelaksanaanAccess.InstanceAsync(instanceId, db, scope, ct);
        var step = PelaksanaanAccess.Step(instance, stepId);
        var def = await PelaksanaanAccess.DefinitionAsync(instance, db, ct);
        PelaksanaanAccess.EnsureWorks(scope, instance, def, step);
        var next = new SopRun(def).Next(step.StepNo, r.Keputusan);
        var output = Input.Optional(r.OutputNama, "outputNama", "Nama dokumen output", 300) ?? def.Step(step.StepNo).MutuBaku.Output;

        PelaksanaanAccess.Expect(db, step, r.Version);
        var now = clock.UtcNow;
        step.SelesaiUtc = now;
        step.SelesaiOleh = scope.UserName;
        step.Keputusan = r.Keputusan;
        step.OutputNama = output;
        step.OutputTautan = Links.Check(r.OutputTautan, "outputTautan");
        step.Catatan = Input.Optional(r.Catatan, "catatan", "Catatan", 2000);

        var warnings = new List<string>();
        if (next.StepNo is int no)
        {
            var holders = await SopRunner.HoldersAsync(instance.PerangkatDaerahId, def.Pelaksana.Select(p => p.Peran), db, clock, ct);
            if (SopRunner.Activate(instance, def, no, holders, await Kalender.KalenderAccess.ForOpdAsync(instance.PerangkatDaerahId, db, ct), now, clock) is { } w) warnings.Add(w);
        }
        else
        {
            instance.Status = SopInstanceStatus.Selesai;
            instance.SelesaiUtc = now;
        }
        await db.SaveChangesAsync(ct);
        return warnings;
    }
}

/// <summary>Links to documents: a web address or a path inside Kinerja; anything else is refused.</summary>
public static class Links
{
    public static string? Check(string? link, string field)
    {
        var t = Input.Optional(link, field, "Tautan", 1000);
        if (t is null) return null;
        var ok = (t.StartsWith('/') && !t.StartsWith("//", StringComparison.Ordinal))
                 || (Uri.TryCreate(t, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps));
        if (!ok) throw new DomainException("Tautan harus alamat web (http/https) atau alamat di Kinerja yang diawali \"/\".", field);
        return t;
    }
}
