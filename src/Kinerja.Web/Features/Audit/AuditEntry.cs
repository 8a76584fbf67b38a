namespace Kinerja.Web.Features.Audit;

/// <summary>One change to one row, written by <see cref="Data.AuditInterceptor"/> only.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserName { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; set; }
    /// <summary>JSON object: property → [old, new].</summary>
    public required string Changes { get; set; }
    /// <summary>Why, when the change needed a reason (e.g. a value changed after submission).</summary>
    public string? Alasan { get; set; }
}
