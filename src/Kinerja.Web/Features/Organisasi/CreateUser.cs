using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>An account of an OPD (PerangkatDaerahId) or of the Pemda itself (PemdaId only).</summary>
public record CreateUserRequest(string? UserName, string? FullName, string? Nip, string? Email, string? Password,
    int? PerangkatDaerahId, int? PemdaId);

public static class CreateUser
{
    public static async Task<AppUser> Handle(CreateUserRequest r, AppDbContext db, UserManager<AppUser> users, AccessScope scope, CancellationToken ct)
    {
        int pemdaId;
        if (r.PerangkatDaerahId is int opdId)
        {
            var opd = await db.PerangkatDaerah.FirstOrDefaultAsync(o => o.Id == opdId, ct);
            if (opd is null || !scope.CanReadOpd(opd)) throw new NotFoundException("Perangkat daerah tidak ditemukan.");
            if (!scope.CanManageOpd(opd.Id, opd.PemdaId)) throw new ForbiddenException();
            pemdaId = opd.PemdaId;
        }
        else
        {
            pemdaId = r.PemdaId ?? scope.ManagedPemdaIds().FirstOrDefault();
            if (!scope.CanManagePemda(pemdaId)) throw new ForbiddenException("Hanya Admin Pemda yang dapat membuat akun tanpa perangkat daerah.");
        }

        var userName = Input.Required(r.UserName, "UserName", "Nama pengguna", 64).ToLowerInvariant();
        var fullName = Input.Required(r.FullName, "FullName", "Nama lengkap", 200);
        var nip = Input.Optional(r.Nip, "Nip", "NIP", 18)?.Replace(" ", "");
        if (nip is not null && (nip.Length != 18 || !nip.All(char.IsAsciiDigit)))
            throw new DomainException("NIP harus 18 digit angka.", "Nip");
        var email = Input.Optional(r.Email, "Email", "Email", 256);
        var password = Input.Required(r.Password, "Password", "Kata sandi awal", 128);

        var user = new AppUser
        {
            UserName = userName, FullName = fullName, Nip = nip, Email = email,
            PemdaId = pemdaId, PerangkatDaerahId = r.PerangkatDaerahId, EmailConfirmed = email is not null,
        };
        // Check the password first so a weak one does not leave an account without a password.
        foreach (var v in users.PasswordValidators)
            IndonesianIdentityErrors.ThrowIfFailed(await v.ValidateAsync(users, user, password), "Password");
        IndonesianIdentityErrors.ThrowIfFailed(await users.CreateAsync(user, password), "UserName");
        return user;
    }
}
