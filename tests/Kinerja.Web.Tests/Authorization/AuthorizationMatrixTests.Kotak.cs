namespace Kinerja.Web.Tests.Authorization;

/// <summary>The inbox lists what waits for the caller: an outsider's must hold nothing of BPKPAD.</summary>
public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Func<Target, Case>> KotakMatrix = new()
    {
        ["GET /api/v1/kotak-masuk"] = t => new(Kind.ListWithout, "/api/v1/kotak-masuk", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
    };
}
