using System.Reflection;

namespace Kinerja.Web.Tests.Authorization;

/// <summary>
/// How a feature joins the matrix from its own file (<c>AuthorizationMatrixTests.Feature.cs</c>, a
/// partial of the same class), so features never edit one shared dictionary. A feature declares any of:
/// <list type="bullet">
/// <item><c>static readonly Dictionary&lt;string, Func&lt;Target, Case&gt;&gt; XxxMatrix</c> — its endpoints;</item>
/// <item><c>static readonly Func&lt;AppDbContext, Target, Dictionary&lt;string, int&gt;, Task&gt; XxxTargets</c> — creates
///   BPKPAD rows its endpoints aim at and records their ids (read back with <c>t.Id("name")</c>);</item>
/// <item><c>static readonly Func&lt;AppDbContext, int, Task&lt;List&lt;string&gt;&gt;&gt; XxxFingerprint</c> — its rows of an OPD as text,
///   so a refused request that changed them fails;</item>
/// <item><c>static readonly Func&lt;Target, string[]&gt; XxxControlUrls</c> — GETs BPKPAD's admin must reach (the control).</item>
/// </list>
/// </summary>
public partial class AuthorizationMatrixTests
{
    // Lazy: static initialisers of partial files run in no defined order, so build on first use.
    private static readonly Lazy<Dictionary<string, Func<Target, Case>>> AllCases = new(BuildMatrix);
    private static Dictionary<string, Func<Target, Case>> Matrix => AllCases.Value;

    private static Dictionary<string, Func<Target, Case>> BuildMatrix()
    {
        var all = new Dictionary<string, Func<Target, Case>>(CoreMatrix);
        foreach (var part in Extensions<Dictionary<string, Func<Target, Case>>>("Matrix"))
            foreach (var (endpoint, c) in part)
                if (!all.TryAdd(endpoint, c)) throw new InvalidOperationException($"{endpoint} is in the matrix twice");
        return all;
    }

    /// <summary>The static fields of this class of type T whose names end with the suffix, in name order.</summary>
    private static IEnumerable<T> Extensions<T>(string suffix) where T : class =>
        typeof(AuthorizationMatrixTests).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => f.FieldType == typeof(T) && f.Name.EndsWith(suffix, StringComparison.Ordinal) && f.Name != nameof(CoreMatrix))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (T)f.GetValue(null)!);

    private static async Task<List<string>> ExtraFingerprintsAsync(Kinerja.Web.Data.AppDbContext db, int opdId)
    {
        var lines = new List<string>();
        foreach (var part in Extensions<Func<Kinerja.Web.Data.AppDbContext, int, Task<List<string>>>>("Fingerprint"))
            lines.AddRange(await part(db, opdId));
        return lines;
    }
}
