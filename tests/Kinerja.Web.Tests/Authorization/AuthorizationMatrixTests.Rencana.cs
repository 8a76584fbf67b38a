namespace Kinerja.Web.Tests.Authorization;

/// <summary>The Perencanaan endpoints added after the core matrix: an indicator's computed capaian, the Rencana Aksi workbook, the PK as PDF.</summary>
public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Func<Target, Case>> RencanaMatrix = new()
    {
        ["GET /api/v1/indikator/{id:int}/capaian"] = t => new(Kind.Refused, $"/api/v1/indikator/{t.IndikatorId}/capaian?tahun=2026&periode=TAHUNAN"),
    };

    private static readonly Func<Target, string[]> RencanaControlUrls = t =>
    [
        $"/api/v1/indikator/{t.IndikatorId}/capaian?tahun=2026&periode=SD_TW2",
    ];
}
