using Kinerja.Domain;

namespace Kinerja.Web.Infrastructure;

/// <summary>Field checks every form and endpoint shares, with the messages users read.</summary>
public static class Input
{
    public static string Required(string? value, string field, string label, int maxLength)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) throw new DomainException($"{label} wajib diisi.", field);
        if (v.Length > maxLength) throw new DomainException($"{label} paling banyak {maxLength} karakter.", field);
        return v;
    }

    public static string? Optional(string? value, string field, string label, int maxLength)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return null;
        if (v.Length > maxLength) throw new DomainException($"{label} paling banyak {maxLength} karakter.", field);
        return v;
    }

    /// <summary>Codes are matched case-insensitively; we store them upper-case.</summary>
    public static string Code(string? value, string field, string label)
    {
        var v = Required(value, field, label, 32).ToUpperInvariant();
        if (v.Any(c => !(char.IsLetterOrDigit(c) || c is '.' or '-' or '_')))
            throw new DomainException($"{label} hanya boleh berisi huruf, angka, titik, tanda hubung dan garis bawah.", field);
        return v;
    }
}
