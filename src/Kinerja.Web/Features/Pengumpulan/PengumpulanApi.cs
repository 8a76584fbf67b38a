using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>/api/v1 routes of collection rounds and the units' data forms with their validation chain.</summary>
public static class PengumpulanApi
{
    public static RouteGroupBuilder MapPengumpulanApi(this RouteGroupBuilder api)
    {
        var rounds = api.MapGroup("/pengumpulan").WithTags("Pengumpulan Data");
        rounds.MapGet("", ListRounds).WithName("ListPengumpulanData").WithSummary("Putaran pengumpulan data dalam lingkup pengguna; saring per tahun dan perangkat daerah");
        rounds.MapPost("", Open).WithName("OpenPengumpulanData")
            .WithSummary("Membuka pengumpulan data satu triwulan: satu formulir per unit penanggung jawab, target dari Rencana Aksi");
        rounds.MapGet("/{id:int}", GetRoundById).WithName("GetPengumpulanData").WithSummary("Putaran dengan formulir yang boleh dilihat pengguna");
        rounds.MapPost("/{id:int}/kunci", Lock).WithName("LockPengumpulanData").WithSummary("Mengunci putaran setelah semua formulir diverifikasi");

        var forms = api.MapGroup("/formulir").WithTags("Pengumpulan Data");
        forms.MapGet("/{id:int}", GetFormById).WithName("GetFormatDataKinerja")
            .WithSummary("Formulir: baris indikator dengan capaian dan predikat, sub-kegiatan dengan serapan, pemeriksaan, hak pengguna, riwayat");
        forms.MapPut("/{id:int}", Save).WithName("SaveFormatDataKinerja")
            .WithSummary("Menyimpan draf isian (per baris dengan versi; 409 bila baris sudah diubah orang lain)");
        forms.MapPost("/{id:int}/{aksi}", Act).WithName("ActOnFormatDataKinerja")
            .WithSummary("Langkah validasi: ajukan, teruskan, setujui, kembalikan, verifikasi, buka-kembali");
        forms.MapGet("/{id:int}/riwayat-nilai", History).WithName("GetFormCellHistory")
            .WithSummary("Riwayat perubahan satu baris (baris=indikator:ID atau anggaran:ID): nilai lama, baru, siapa, kapan, alasan");
        return api;
    }

    private static async Task<Ok<List<RoundSummaryDto>>> ListRounds(int? tahun, int? perangkatDaerahId, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await GetRound.List(tahun, perangkatDaerahId, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Created<RoundDto>> Open(OpenRoundRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (round, warnings) = await OpenRound.Handle(r, db, scope, clock, ct);
        return TypedResults.Created($"/api/v1/pengumpulan/{round.Id}", await GetRound.Handle(round.Id, db, scope, ct, warnings));
    }

    private static async Task<Ok<RoundDto>> GetRoundById(int id, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await GetRound.Handle(id, db, await me.ScopeAsync(ct), ct));

    public record LockRequest(int Version);

    private static async Task<Ok<RoundDto>> Lock(int id, LockRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LockRound.Handle(id, r.Version, db, scope, clock, ct);
        return TypedResults.Ok(await GetRound.Handle(id, db, scope, ct));
    }

    private static async Task<Ok<FormDto>> GetFormById(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await GetForm.Handle(id, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Ok<FormDto>> Save(int id, SaveFormRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        // The saved form is answered as it is in memory (versions bumped by the save): one load per autosave, not two.
        var form = await SaveForm.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await GetForm.Handle(form, db, scope, clock, ct));
    }

    private static async Task<Ok<FormDto>> Act(int id, string aksi, FormActionRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var action = ParseAction(aksi);
        var scope = await me.ScopeAsync(ct);
        await TakeFormAction.Handle(id, action, r, db, scope, clock, ct);
        db.ChangeTracker.Clear();
        return TypedResults.Ok(await GetForm.Handle(id, db, scope, clock, ct));
    }

    private static async Task<Ok<List<CellChangeDto>>> History(int id, string baris, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await CellHistory.Handle(id, baris, db, await me.ScopeAsync(ct), ct));

    /// <summary>The URL's action word: ajukan, teruskan, setujui, kembalikan, verifikasi, buka-kembali.</summary>
    public static FormAction ParseAction(string aksi) => aksi.ToLowerInvariant() switch
    {
        "ajukan" => FormAction.Ajukan,
        "teruskan" => FormAction.Teruskan,
        "setujui" => FormAction.Setujui,
        "kembalikan" => FormAction.Kembalikan,
        "verifikasi" => FormAction.Verifikasi,
        "buka-kembali" => FormAction.BukaKembali,
        _ => throw new NotFoundException($"Langkah \"{aksi}\" tidak dikenal."),
    };

    public static string Slug(FormAction action) => action switch
    {
        FormAction.BukaKembali => "buka-kembali",
        _ => action.ToString().ToLowerInvariant(),
    };
}
