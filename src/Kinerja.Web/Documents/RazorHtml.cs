using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Kinerja.Web.Documents;

/// <summary>Renders a Razor view (a page's partial) to an HTML string, so a document made on the server is the page's own markup.</summary>
public static class RazorHtml
{
    /// <param name="viewPath">The view's full path, e.g. /Features/Perencanaan/Pk/_PkCetak.cshtml.</param>
    public static async Task<string> RenderAsync<TModel>(HttpContext http, string viewPath, TModel model)
    {
        var services = http.RequestServices;
        var engine = services.GetRequiredService<IRazorViewEngine>();
        var view = engine.GetView(executingFilePath: null, viewPath, isMainPage: false).View
                   ?? throw new InvalidOperationException($"view {viewPath} not found");
        var context = new ActionContext(http, http.GetRouteData(), new ActionDescriptor());
        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var tempData = new TempDataDictionary(http, services.GetRequiredService<ITempDataProvider>());
        await view.RenderAsync(new ViewContext(context, view, viewData, tempData, writer, new HtmlHelperOptions()));
        return writer.ToString();
    }
}
