using Kinerja.Domain;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Web.Features.Akun;

/// <summary>Identity's messages in Bahasa Indonesia.</summary>
public class IndonesianIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, string text) => new() { Code = code, Description = text };

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Nama pengguna {userName} sudah dipakai.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"Email {email} sudah dipakai.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Nama pengguna {userName} tidak valid: gunakan huruf kecil, angka, titik, tanda hubung atau garis bawah.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"Email {email} tidak valid.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Kata sandi minimal {length} karakter.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Kata sandi harus memuat angka (0-9).");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Kata sandi harus memuat huruf kecil (a-z).");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Kata sandi harus memuat huruf besar (A-Z).");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat simbol.");
    public override IdentityError PasswordRequiresUniqueChars(int n) => E(nameof(PasswordRequiresUniqueChars), $"Kata sandi harus memuat sedikitnya {n} karakter berbeda.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Kata sandi lama salah.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Akun ini telah diubah oleh pengguna lain. Muat ulang lalu ulangi.");
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Terjadi kesalahan pada akun.");

    /// <summary>Turns a failed Identity result into the exception every form and endpoint understands.</summary>
    public static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)), field);
    }
}
