using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

/// <summary>/api/v1 routes of SOP runs: steps, kelengkapan, dispositions with paraf, timeline and the compliance report.</summary>
public static class SopPelaksanaanApi
{
    public static RouteGroupBuilder MapSopPelaksanaanApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/sop-pelaksanaan").WithTags("Pelaksanaan SOP");
        g.MapGet("", List).WithName("ListSopInstance").WithSummary("Pelaksanaan SOP dalam lingkup pengguna; saring per perangkat daerah atau pengumpulan data");
        g.MapPost("", Start).WithName("StartSopInstance").WithSummary("Memulai SOP untuk satu pengumpulan data (bila belum dimulai saat pembukaan)");
        g.MapGet("/{id:int}", Get).WithName("GetSopInstance").WithSummary("Satu pelaksanaan: langkah dengan petugas, waktu baku vs aktual, kelengkapan, disposisi");
        g.MapPost("/{id:int}/langkah/{langkahId:int}/selesai", Finish).WithName("FinishSopStep")
            .WithSummary("Menyelesaikan langkah aktif dengan dokumen output (dan Ya/Tidak untuk keputusan); langkah berikutnya menjadi aktif");
        g.MapPut("/{id:int}/langkah/{langkahId:int}/kelengkapan/{itemId:int}", Check).WithName("CheckSopKelengkapan")
            .WithSummary("Mencentang satu butir kelengkapan, dengan tautan ke dokumennya");
        g.MapPost("/{id:int}/disposisi", Dispose).WithName("CreateDisposisi").WithSummary("Disposisi dari pelaksana langkah aktif kepada pelaksana SOP lain");
        g.MapPost("/{id:int}/disposisi/{disposisiId:int}/paraf", Paraf).WithName("ParafDisposisi").WithSummary("Paraf atau tanda tangan penerima disposisi");
        g.MapGet("/{id:int}/timeline", Timeline).WithName("GetSopTimeline").WithSummary("Waktu baku vs aktual per langkah SOP");
        g.MapGet("/kepatuhan", Compliance).WithName("GetSopCompliance")
            .WithSummary("Kepatuhan satu SOP dalam satu periode (sopId, tahun atau dari/sampai): tepat waktu, rata-rata keterlambatan, langkah terlambat, total");
        return api;
    }

    private static async Task<Ok<List<SopInstanceSummaryDto>>> List(int? perangkatDaerahId, int? pengumpulanDataId, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await GetSopInstance.List(perangkatDaerahId, pengumpulanDataId, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Created<SopInstanceDto>> Start(StartSopInstanceRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (instance, warnings) = await StartSopInstance.Handle(r, db, scope, clock, ct);
        return TypedResults.Created($"/api/v1/sop-pelaksanaan/{instance.Id}", await GetSopInstance.Handle(instance.Id, db, scope, clock, ct, warnings));
    }

    private static async Task<Ok<SopInstanceDto>> Get(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await GetSopInstance.Handle(id, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Ok<SopInstanceDto>> Finish(int id, int langkahId, FinishStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var warnings = await FinishStep.Handle(id, langkahId, r, db, scope, clock, ct);
        db.ChangeTracker.Clear();
        return TypedResults.Ok(await GetSopInstance.Handle(id, db, scope, clock, ct, warnings));
    }

    private static async Task<Ok<SopInstanceDto>> Check(int id, int langkahId, int itemId, CheckKelengkapanRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await CheckKelengkapan.Handle(id, langkahId, itemId, r, db, scope, clock, ct);
        db.ChangeTracker.Clear();
        return TypedResults.Ok(await GetSopInstance.Handle(id, db, scope, clock, ct));
    }

    private static async Task<Created<DisposisiDto>> Dispose(int id, CreateDisposisiRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var d = await CreateDisposisi.Handle(id, r, db, await me.ScopeAsync(ct), clock, ct);
        return TypedResults.Created($"/Sop/Pelaksanaan/LembarDisposisi?id={d.Id}", DisposisiDto.From(d));
    }

    private static async Task<Ok<DisposisiDto>> Paraf(int id, int disposisiId, ParafDisposisiRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(DisposisiDto.From(await ParafDisposisi.Handle(id, disposisiId, r, db, await me.ScopeAsync(ct), clock, ct)));

    private static async Task<Ok<TimelineDto>> Timeline(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await GetSopInstance.Timeline(id, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Ok<ComplianceDto>> Compliance(int sopId, int? tahun, DateOnly? dari, DateOnly? sampai, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await ComplianceReport.Handle(sopId, tahun, dari, sampai, db, await me.ScopeAsync(ct), clock, ct));
}
