using System.Text.RegularExpressions;
using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Sop;

internal static partial class PelaksanaReader
{
    // Ids are what steps refer to; keeping them plain avoids look-alike spellings.
    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex IdPattern();

    /// <summary>The valid actors, and every id declared (valid or not) so steps that name an
    /// actor with a broken column are not reported a second time as unknown.</summary>
    public static (IReadOnlyList<Pelaksana> Valid, IReadOnlySet<string> DeclaredIds) Read(YamlMap root, SopErrorList errors)
    {
        var result = new List<Pelaksana>();
        var declared = new HashSet<string>();
        var items = root.Sequence("pelaksana", required: true);
        for (var i = 0; i < items.Count; i++)
        {
            var map = YamlMap.From(items[i], $"pelaksana ke-{i + 1}", root.Field("pelaksana"), errors);
            if (map is null) continue;
            var id = map.Text("id", required: true);
            if (id is not null) declared.Add(id);
            if (id is not null && IdPattern().IsMatch(id)) map.Context = $"pelaksana '{id}'";
            var judul = map.Text("judul", required: true);
            var peranText = map.Text("peran", required: true);
            map.RejectUnknownKeys();

            var valid = !string.IsNullOrWhiteSpace(judul);
            if (id is not null && !IdPattern().IsMatch(id))
            {
                map.Error("id", $"id '{id}' hanya boleh berisi huruf kecil, angka, '-' dan '_', diawali huruf");
                valid = false;
            }
            else if (id is not null && result.Any(p => p.Id == id))
            {
                map.Error("id", $"id '{id}' sudah dipakai pelaksana lain");
                valid = false;
            }
            var peran = default(SopRole);
            if (peranText is not null && !SopRoles.TryParse(peranText, out peran))
            {
                map.Error("peran", $"peran '{peranText}' tidak dikenal (pilihan: {string.Join(", ", Enum.GetNames<SopRole>())})");
                valid = false;
            }
            if (valid && id is not null && peranText is not null) result.Add(new Pelaksana(id, judul!, peran));
        }
        return (result, declared);
    }
}
