using System.Text;
using Kinerja.Domain;
using Kinerja.Domain.Sop;
using Kinerja.Web.Infrastructure;

namespace Kinerja.Web.Features.Sop;

/// <summary>Reads a definition text from a request: every problem at once, each keyed by its line and field.</summary>
public static class SopYaml
{
    public const int MaxBytes = 512 * 1024;

    public static SopDefinition Parse(string? yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml)) throw new DomainException("Definisi SOP (YAML) wajib diisi.", "Yaml");
        if (Encoding.UTF8.GetByteCount(yaml) > MaxBytes) throw new DomainException($"Definisi SOP paling besar {MaxBytes / 1024} KB.", "Yaml");
        try
        {
            return SopDefinitionParser.Parse(yaml);
        }
        catch (SopDefinitionException e)
        {
            // "Baris 17, langkah 1, kolom pelaksana" → its messages: a client can show each next to its line.
            var errors = e.Errors.GroupBy(x => $"Baris {x.Line}, {x.Field}")
                .ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray());
            throw new ValidationFailedException($"Definisi SOP berisi {e.Errors.Count} kesalahan; tidak ada yang disimpan.", errors);
        }
    }

    /// <summary>An uploaded .yaml file as text (UTF-8, a byte-order mark allowed).</summary>
    public static async Task<string> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new DomainException("Pilih berkas definisi SOP (.yaml).", "File");
        if (file.Length > MaxBytes) throw new DomainException($"Berkas paling besar {MaxBytes / 1024} KB.", "File");
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }
}
