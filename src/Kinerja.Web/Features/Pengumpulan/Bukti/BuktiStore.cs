using System.Security.Cryptography;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Features.Pengumpulan.Bukti;

/// <summary>
/// Evidence bytes on disk under <c>&lt;DataPath&gt;/bukti/&lt;sha256[0..2]&gt;/&lt;sha256&gt;</c>: named by content, so the
/// same file uploaded twice (or to two rows) is stored once, and a file is only removed when no row
/// refers to its hash any more. Rows in the database say who uploaded what under which name.
/// Built from services the app already has (no registration in Program.cs).
/// </summary>
public sealed class BuktiStore(DatabaseInfo database, IOptions<KinerjaOptions> options)
{
    public long MaxBytes => options.Value.BuktiMaxBytes;

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public string PathOf(string sha256) => Path.Combine(database.DataPath, "bukti", sha256[..2], sha256);

    /// <summary>Writes the bytes unless that content is already stored; true when this call created the file.</summary>
    public bool Put(string sha256, byte[] content)
    {
        var path = PathOf(sha256);
        if (File.Exists(path)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write aside and move into place: a reader never sees half a file under the hash's name.
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temp, content);
        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp); // another upload of the same content won the race; its bytes are ours
            return false;
        }
    }

    /// <summary>Removes the stored content when no evidence row refers to it any more.</summary>
    public async Task ForgetIfUnusedAsync(string sha256, AppDbContext db, CancellationToken ct)
    {
        if (await db.BuktiDukung.AnyAsync(b => b.Sha256 == sha256, ct)) return;
        var path = PathOf(sha256);
        if (File.Exists(path)) File.Delete(path);
    }
}
