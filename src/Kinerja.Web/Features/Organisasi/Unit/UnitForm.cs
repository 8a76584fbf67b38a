using Kinerja.Domain.Organisasi;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Kinerja.Web.Features.Organisasi.Unit;

/// <summary>The fields of the add and edit unit forms.</summary>
public class UnitForm
{
    public int? ParentId { get; set; }
    public string? Kode { get; set; }
    public string? Nama { get; set; }
    public UnitKind Jenis { get; set; } = UnitKind.Seksi;
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> Kinds() =>
        Enum.GetValues<UnitKind>().Select(k => new SelectListItem(k.Label(), k.ToString()));

    public static IEnumerable<SelectListItem> Parents(IEnumerable<UnitKerja> units) =>
        units.Select(u => new SelectListItem(new string('\u00a0', u.Depth * 3) + u.Nama, u.Id.ToString()));
}
