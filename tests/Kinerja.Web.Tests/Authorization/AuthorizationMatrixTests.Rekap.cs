namespace Kinerja.Web.Tests.Authorization;

/// <summary>The recap joins the matrix: BPKPAD's OPD recap is refused to every outsider; the Balangan admin reads it (the control).</summary>
public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Func<Target, Case>> RekapMatrix = new()
    {
        ["GET /api/v1/rekap"] = t => new(Kind.Refused, $"/api/v1/rekap?tahun=2026&periode=TW1&tingkat=opd&perangkatDaerahId={t.OpdId}"),
        ["GET /api/v1/rekap/xlsx"] = t => new(Kind.Refused, $"/api/v1/rekap/xlsx?tahun=2026&periode=TW1&tingkat=opd&perangkatDaerahId={t.OpdId}"),
    };

    private static readonly Func<Target, string[]> RekapControlUrls = t =>
    [
        $"/api/v1/rekap?tahun=2026&periode=TW1&tingkat=opd&perangkatDaerahId={t.OpdId}",
        $"/api/v1/rekap?tahun=2026&periode=S1&unitKerjaId={t.LeafUnitId}",
        $"/api/v1/rekap?tahun=2026&tingkat=pemda&pemdaId={t.PemdaId}",
        $"/api/v1/rekap/xlsx?tahun=2026&periode=TW1&tingkat=opd&perangkatDaerahId={t.OpdId}",
    ];
}
