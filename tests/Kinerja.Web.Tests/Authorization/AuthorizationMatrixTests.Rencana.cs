using Kinerja.Web.Documents;
using Kinerja.Web.Features.Perencanaan.Excel;

namespace Kinerja.Web.Tests.Authorization;

/// <summary>The Perencanaan endpoints added after the core matrix: an indicator's computed capaian, the Rencana Aksi workbook, the PK as PDF.</summary>
public partial class AuthorizationMatrixTests
{
    private static readonly byte[] RencanaAksiWorkbook = Xlsx.Write(new SheetSpec("Rencana Aksi",
    [
        ["Rencana Aksi matriks"], RencanaAksiSheet.Header,
        ["IKU-1", "Diubah oleh matriks", "%", "Nilai Akhir", null, 1m, 2m, 3m, 4m, "Aksi matriks", 1000m, "Matriks"],
    ]) { BoldRows = 2 });

    private static readonly Dictionary<string, Func<Target, Case>> RencanaMatrix = new()
    {
        ["GET /api/v1/indikator/{id:int}/capaian"] = t => new(Kind.Refused, $"/api/v1/indikator/{t.IndikatorId}/capaian?tahun=2026&periode=TAHUNAN"),
        ["GET /api/v1/perjanjian-kinerja/{id:int}/rencana-aksi/xlsx"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/rencana-aksi/xlsx"),
        // A well-formed workbook: without the access check the answer would be 200 or 422, never 403/404.
        ["POST /api/v1/perjanjian-kinerja/{id:int}/rencana-aksi/xlsx"] = t => new(Kind.Refused,
            $"/api/v1/perjanjian-kinerja/{t.PkId}/rencana-aksi/xlsx?konfirmasi=true", _ => RencanaAksiWorkbook),
        ["GET /api/v1/perjanjian-kinerja/{id:int}/pdf"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/pdf"),
    };

    private static readonly Func<Target, string[]> RencanaControlUrls = t =>
    [
        $"/api/v1/indikator/{t.IndikatorId}/capaian?tahun=2026&periode=SD_TW2",
        $"/api/v1/perjanjian-kinerja/{t.PkId}/rencana-aksi/xlsx",
        $"/api/v1/perjanjian-kinerja/{t.PkId}/pdf",
    ];
}
