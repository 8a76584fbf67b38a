using Microsoft.AspNetCore.Mvc.Rendering;

namespace Kinerja.Web.Features.Organisasi.Unit;

public record UnitFieldsView(UnitForm Form, IEnumerable<SelectListItem> Parents);
