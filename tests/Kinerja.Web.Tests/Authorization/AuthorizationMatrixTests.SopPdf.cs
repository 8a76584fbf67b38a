namespace Kinerja.Web.Tests.Authorization;

public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Func<Target, Case>> SopPdfMatrix = new()
    {
        ["GET /api/v1/sop/{id:int}/pdf"] = t => new(Kind.Refused, $"/api/v1/sop/{t.SopId}/pdf"),
    };
}
