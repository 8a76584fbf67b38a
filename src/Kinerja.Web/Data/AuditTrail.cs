using System.Text.Json;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinerja.Web.Data;

/// <summary>
/// Turns the change tracker's changes into audit rows: who, when, which row, old and new values.
/// Keys of added rows are only known after the insert, hence the two phases.
/// </summary>
public class AuditTrail(IHttpContextAccessor http, TimeProvider clock)
{
    // Secrets and bookkeeping columns of Identity that say nothing to an auditor.
    private static readonly HashSet<string> Hidden =
    [
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp),
        nameof(IdentityUser.ConcurrencyStamp), nameof(IdentityUser.NormalizedUserName),
        nameof(IdentityUser.NormalizedEmail), nameof(IdentityUser.AccessFailedCount),
    ];

    public record Pending(EntityEntry Entry, string Action, Dictionary<string, object?[]> Changes);

    public List<Pending> Capture(ChangeTracker tracker)
    {
        var result = new List<Pending>();
        foreach (var e in tracker.Entries())
        {
            if (e.Entity is AuditEntry || !IsAudited(e.Entity)) continue;
            if (e.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var changes = new Dictionary<string, object?[]>();
            foreach (var p in e.Properties)
            {
                if (Hidden.Contains(p.Metadata.Name) || p.Metadata.IsPrimaryKey()) continue;
                switch (e.State)
                {
                    case EntityState.Added: changes[p.Metadata.Name] = [null, p.CurrentValue]; break;
                    case EntityState.Deleted: changes[p.Metadata.Name] = [p.OriginalValue, null]; break;
                    default:
                        if (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                            changes[p.Metadata.Name] = [p.OriginalValue, p.CurrentValue];
                        break;
                }
            }
            if (changes.Count == 0 && e.State == EntityState.Modified) continue;
            result.Add(new Pending(e, e.State.ToString(), changes));
        }
        return result;
    }

    public IEnumerable<AuditEntry> Complete(List<Pending> pending, string? reason = null)
    {
        var user = http.HttpContext?.User.Identity?.Name ?? "sistem";
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var p in pending)
        {
            var key = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(k => p.Entry.Property(k.Name).CurrentValue ?? p.Entry.Property(k.Name).OriginalValue));
            yield return new AuditEntry
            {
                AtUtc = now,
                UserName = user,
                Entity = p.Entry.Metadata.ClrType.Name,
                EntityKey = key,
                Action = p.Action,
                Changes = JsonSerializer.Serialize(p.Changes),
                Alasan = reason,
            };
        }
    }

    private static bool IsAudited(object entity) =>
        entity is AppUser || entity.GetType().Namespace?.StartsWith("Kinerja.Web.Features", StringComparison.Ordinal) == true;
}
