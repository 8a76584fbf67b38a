using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Kinerja.Web.Infrastructure;

/// <summary>The model binder's own messages (a letter in a number field…) in Bahasa Indonesia.</summary>
public static class IndonesianModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((v, f) => $"Nilai '{v}' tidak valid untuk {f}.");
        p.SetMissingBindRequiredValueAccessor(f => $"{f} wajib diisi.");
        p.SetMissingKeyOrValueAccessor(() => "Nilai wajib diisi.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Isi permintaan wajib diisi.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"Nilai '{v}' tidak valid.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Nilai tidak valid.");
        p.SetUnknownValueIsInvalidAccessor(f => $"Nilai untuk {f} tidak valid.");
        p.SetValueIsInvalidAccessor(v => $"Nilai '{v}' tidak valid.");
        p.SetValueMustBeANumberAccessor(f => $"{f} harus berupa angka.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Isian harus berupa angka.");
        p.SetValueMustNotBeNullAccessor(v => $"Nilai '{v}' tidak boleh kosong.");
    }
}
