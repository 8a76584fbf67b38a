using AngleSharp;
using AngleSharp.Html.Dom;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>Reads pages and posts their forms the way a browser does, antiforgery token included.</summary>
public static class Forms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} → {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html));
    }

    /// <summary>GETs the page, then posts its form (the one whose action matches, else the first with a token).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await GetDocumentAsync(client, url);
        var token = page.QuerySelectorAll("input[name=__RequestVerificationToken]").OfType<IHtmlInputElement>().FirstOrDefault()?.Value
                    ?? throw new InvalidOperationException($"no antiforgery token on {url}");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var target = handler is null ? url : $"{url}{(url.Contains('?') ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>The validation message shown next to a field, or "" when there is none.</summary>
    public static string FieldError(IHtmlDocument doc, string field) =>
        doc.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    public static string Summary(IHtmlDocument doc) =>
        doc.QuerySelector(".validation-summary-errors")?.TextContent.Trim() ?? "";
}
