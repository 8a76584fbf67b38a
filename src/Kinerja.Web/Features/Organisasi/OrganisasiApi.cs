using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>/api/v1 routes of the organisation: Pemda, OPD, unit kerja, jabatan, accounts.</summary>
public static class OrganisasiApi
{
    public static RouteGroupBuilder MapOrganisasiApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Organisasi");
        g.MapGet("/pemda", ListPemda).WithName("ListPemda").WithSummary("Pemda yang dapat dilihat pengguna");
        g.MapGet("/perangkat-daerah", ListOpd).WithName("ListPerangkatDaerah");
        g.MapGet("/perangkat-daerah/{id:int}", GetOpd).WithName("GetPerangkatDaerah");
        g.MapPost("/perangkat-daerah", CreateOpd).WithName("CreatePerangkatDaerah");
        g.MapPut("/perangkat-daerah/{id:int}", UpdateOpd).WithName("UpdatePerangkatDaerah");
        g.MapGet("/units", ListUnits).WithName("ListUnits").WithSummary("Unit kerja dalam lingkup pengguna");
        g.MapGet("/units/{id:int}", GetUnit).WithName("GetUnit");
        g.MapPost("/units", PostUnit).WithName("CreateUnit");
        g.MapPut("/units/{id:int}", PutUnit).WithName("UpdateUnit");
        g.MapDelete("/units/{id:int}", RemoveUnit).WithName("DeleteUnit");
        g.MapGet("/jabatan", ListJabatan).WithName("ListJabatan");
        g.MapGet("/jabatan/{id:int}", GetJabatan).WithName("GetJabatan");
        g.MapPost("/jabatan", PostJabatan).WithName("CreateJabatan");
        g.MapPut("/jabatan/{id:int}", PutJabatan).WithName("UpdateJabatan");
        g.MapDelete("/jabatan/{id:int}", RemoveJabatan).WithName("DeleteJabatan");
        g.MapGet("/users", ListUsers).WithName("ListUsers").WithSummary("Akun yang dikelola pengguna");
        g.MapGet("/users/{id}", GetUser).WithName("GetUser");
        g.MapPost("/users", PostUser).WithName("CreateUser");
        g.MapPost("/users/{id}/assignments", PostAssignment).WithName("AssignJabatan");
        g.MapDelete("/users/{id}/assignments/{assignmentId:int}", RemoveAssignment).WithName("EndAssignment");
        g.MapPost("/users/{id}/reset-password", PostResetPassword).WithName("ResetPassword");
        return api;
    }

    private static async Task<Ok<List<PemdaDto>>> ListPemda(AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        return TypedResults.Ok(await scope.Pemda(db.Pemda).OrderBy(p => p.Nama)
            .Select(p => new PemdaDto(p.Id, p.Kode, p.Nama, p.IsDemo)).ToListAsync(ct));
    }

    private static async Task<Ok<List<PerangkatDaerahDto>>> ListOpd(AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var list = await scope.PerangkatDaerah(db.PerangkatDaerah).OrderBy(o => o.Nama).ToListAsync(ct);
        return TypedResults.Ok(list.Select(o => o.ToDto()).ToList());
    }

    private static async Task<Ok<PerangkatDaerahDto>> GetOpd(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var opd = await scope.PerangkatDaerah(db.PerangkatDaerah).FirstOrDefaultAsync(o => o.Id == id, ct)
                  ?? throw new NotFoundException("Perangkat daerah tidak ditemukan.");
        return TypedResults.Ok(opd.ToDto());
    }

    private static async Task<Created<PerangkatDaerahDto>> CreateOpd(SavePerangkatDaerahRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var opd = await SavePerangkatDaerah.Handle(null, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Created($"/api/v1/perangkat-daerah/{opd.Id}", opd.ToDto());
    }

    private static async Task<Ok<PerangkatDaerahDto>> UpdateOpd(int id, SavePerangkatDaerahRequest r, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok((await SavePerangkatDaerah.Handle(id, r, db, await me.ScopeAsync(ct), ct)).ToDto());

    private static async Task<Ok<List<UnitDto>>> ListUnits(int? perangkatDaerahId, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var q = scope.Units(db.UnitKerja);
        if (perangkatDaerahId is int opd) q = q.Where(u => u.PerangkatDaerahId == opd);
        return TypedResults.Ok(await q.OrderBy(u => u.PerangkatDaerahId).ThenBy(u => u.Path).SelectDto().ToListAsync(ct));
    }

    private static async Task<Ok<UnitDto>> GetUnit(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        return TypedResults.Ok(await scope.Units(db.UnitKerja).Where(u => u.Id == id).SelectDto().FirstOrDefaultAsync(ct)
                               ?? throw new NotFoundException("Unit kerja tidak ditemukan."));
    }

    private static async Task<Created<UnitDto>> PostUnit(CreateUnitRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var unit = await CreateUnit.Handle(r, db, await me.ScopeAsync(ct), ct);
        var dto = await db.UnitKerja.Where(u => u.Id == unit.Id).SelectDto().FirstAsync(ct);
        return TypedResults.Created($"/api/v1/units/{unit.Id}", dto);
    }

    private static async Task<Ok<UnitDto>> PutUnit(int id, UpdateUnitRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await UpdateUnit.Handle(id, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Ok(await db.UnitKerja.Where(u => u.Id == id).SelectDto().FirstAsync(ct));
    }

    private static async Task<NoContent> RemoveUnit(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await DeleteUnit.Handle(id, db, await me.ScopeAsync(ct), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<JabatanDto>>> ListJabatan(int? perangkatDaerahId, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var q = scope.JabatanOf(db.Jabatan);
        if (perangkatDaerahId is int opd) q = q.Where(j => j.PerangkatDaerahId == opd);
        var list = await q.OrderBy(j => j.Kode).SelectDto().ToListAsync(ct);
        return TypedResults.Ok(list.Select(j => j with { RoleLabel = j.Role.Label() }).ToList());
    }

    private static async Task<Ok<JabatanDto>> GetJabatan(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var j = await scope.JabatanOf(db.Jabatan).Where(x => x.Id == id).SelectDto().FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("Jabatan tidak ditemukan.");
        return TypedResults.Ok(j with { RoleLabel = j.Role.Label() });
    }

    private static async Task<Created<JabatanDto>> PostJabatan(SaveJabatanRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var j = await SaveJabatan.Handle(null, r, db, await me.ScopeAsync(ct), ct);
        var dto = await db.Jabatan.Where(x => x.Id == j.Id).SelectDto().FirstAsync(ct);
        return TypedResults.Created($"/api/v1/jabatan/{j.Id}", dto with { RoleLabel = dto.Role.Label() });
    }

    private static async Task<Ok<JabatanDto>> PutJabatan(int id, SaveJabatanRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await SaveJabatan.Handle(id, r, db, await me.ScopeAsync(ct), ct);
        var dto = await db.Jabatan.Where(x => x.Id == id).SelectDto().FirstAsync(ct);
        return TypedResults.Ok(dto with { RoleLabel = dto.Role.Label() });
    }

    private static async Task<NoContent> RemoveJabatan(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        await DeleteJabatan.Handle(id, db, await me.ScopeAsync(ct), clock, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<UserDto>>> ListUsers(int? perangkatDaerahId, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var q = scope.Users(db.Users);
        if (perangkatDaerahId is int opd) q = q.Where(u => u.PerangkatDaerahId == opd);
        return TypedResults.Ok(await UserQueries.ToDtosAsync(q.OrderBy(u => u.UserName), db, clock, ct));
    }

    private static async Task<Ok<UserDto>> GetUser(string id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var list = await UserQueries.ToDtosAsync(scope.Users(db.Users).Where(u => u.Id == id), db, clock, ct);
        return TypedResults.Ok(list.FirstOrDefault() ?? throw new NotFoundException("Pengguna tidak ditemukan."));
    }

    private static async Task<Created<UserDto>> PostUser(CreateUserRequest r, AppDbContext db, UserManager<AppUser> users, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var user = await CreateUser.Handle(r, db, users, await me.ScopeAsync(ct), ct);
        var dto = (await UserQueries.ToDtosAsync(db.Users.Where(u => u.Id == user.Id), db, clock, ct)).Single();
        return TypedResults.Created($"/api/v1/users/{user.Id}", dto);
    }

    private static async Task<Created<AssignmentDto>> PostAssignment(string id, AssignJabatanRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var a = await AssignJabatan.Handle(id, r, db, await me.ScopeAsync(ct), clock, ct);
        var j = await db.Jabatan.FirstAsync(x => x.Id == a.JabatanId, ct);
        return TypedResults.Created($"/api/v1/users/{id}", new AssignmentDto(a.Id, j.Id, j.Nama, j.Role, a.IsPlt, a.StartDate, a.EndDate));
    }

    private static async Task<NoContent> RemoveAssignment(string id, int assignmentId, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        await EndAssignment.Handle(id, assignmentId, db, await me.ScopeAsync(ct), clock, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> PostResetPassword(string id, ResetPasswordRequest r, AppDbContext db, UserManager<AppUser> users, CurrentUser me, CancellationToken ct)
    {
        await ResetPassword.Handle(id, r, db, users, await me.ScopeAsync(ct), ct);
        return TypedResults.NoContent();
    }
}
