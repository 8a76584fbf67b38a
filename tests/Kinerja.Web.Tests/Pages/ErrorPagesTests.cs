using System.Net;
using System.Text.Json;
using Kinerja.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages;

/// <summary>
/// A person who meets an error stays inside the application: the layout, an Indonesian sentence, a way home;
/// the API keeps answering problem details.
/// </summary>
[Collection("web")]
public class ErrorPagesTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task UnknownPage_Answers404_InsideTheLayout_InIndonesian(DatabaseProvider db)
    {
        var client = await apps[db].PagesAsync("kasubag.bpbd");
        var response = await client.GetAsync("/Laporan-yang-tidak-ada");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await Forms.ParseAsync(response);
        page.QuerySelector("nav.navbar").ShouldNotBeNull();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Halaman tidak ditemukan");
        page.Title!.ShouldContain("Halaman tidak ditemukan");
        page.QuerySelector("a[href='/']").ShouldNotBeNull();
    }

    [Theory, BothDatabases]
    public async Task RecordThatDoesNotExist_ShowsTheFeaturesOwnMessage_InTheLayout(DatabaseProvider db)
    {
        var client = await apps[db].PagesAsync("kasubag.bpbd");
        var response = await client.GetAsync("/Sop/Pelaksanaan/Detail?id=999999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await Forms.ParseAsync(response);
        page.QuerySelector("nav.navbar").ShouldNotBeNull();
        page.QuerySelector("[data-testid=galat]")!.GetAttribute("data-kode").ShouldBe("404");
    }

    [Theory, BothDatabases]
    public async Task SignedOutVisitor_OfAnUnknownUrl_GetsThePage_NotALoginLoop(DatabaseProvider db)
    {
        using var client = apps[db].CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/tidak/ada/sama/sekali");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Forms.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Halaman tidak ditemukan");
    }

    [Theory, BothDatabases]
    public async Task UnknownApiRoute_StillAnswersProblemDetails(DatabaseProvider db)
    {
        var api = await apps[db].ApiAsync("kasubag.bpbd");
        var response = await api.GetAsync("/api/v1/tidak-ada");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response)).Status.ShouldBe(404);
    }

    [Theory, BothDatabases]
    public async Task FaultOnAPage_Shows500WithAReference_AndTheLayout(DatabaseProvider db)
    {
        await using var faulty = apps[db].WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new FaultWhenAsked()))));
        var client = faulty.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await Forms.PostAsync(client, "/Akun/Masuk",
            new() { ["Input.UserName"] = "kasubag.bpbd", ["Input.Password"] = KinerjaApp.DemoPassword })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await client.GetAsync("/Perencanaan?" + FaultWhenAsked.Query);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var page = await Forms.ParseAsync(response);
        page.QuerySelector("nav.navbar").ShouldNotBeNull();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Terjadi kesalahan di server");
        page.QuerySelector("[data-testid=galat-rujukan]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        // The exception's own text is for the log, not for the user.
        page.Body!.TextContent.ShouldNotContain(FaultWhenAsked.Message);
    }

    [Theory, BothDatabases]
    public async Task FaultOnTheApi_Answers500ProblemDetails_InIndonesian_WithTheReference(DatabaseProvider db)
    {
        var services = apps[db].Services;
        var http = new DefaultHttpContext { RequestServices = services, TraceIdentifier = "rujukan-uji-1" };
        http.Request.Path = "/api/v1/units";
        http.Response.Body = new MemoryStream();
        var mapping = ActivatorUtilities.CreateInstance<ProblemDetailsMapping>(services);

        (await mapping.TryHandleAsync(http, new InvalidOperationException(FaultWhenAsked.Message), CancellationToken.None)).ShouldBeTrue();

        http.Response.StatusCode.ShouldBe(500);
        http.Response.Body.Position = 0;
        var json = await JsonSerializer.DeserializeAsync<JsonElement>(http.Response.Body);
        json.GetProperty("title").GetString().ShouldBe("Terjadi kesalahan di server");
        json.GetProperty("rujukan").GetString().ShouldBe("rujukan-uji-1");
        json.GetProperty("detail").GetString()!.ShouldNotContain(FaultWhenAsked.Message);
    }

    [Theory, BothDatabases]
    public async Task Favicon_IsServed(DatabaseProvider db)
    {
        using var client = apps[db].CreateClient();
        var ico = await client.GetAsync("/favicon.ico");
        ico.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ico.Content.ReadAsByteArrayAsync())[..4].ShouldBe(new byte[] { 0, 0, 1, 0 });
        (await client.GetAsync("/favicon.svg")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>An unexpected fault in a page, on request — what a bug in a page would do.</summary>
    private sealed class FaultWhenAsked : IAsyncPageFilter
    {
        public const string Query = "uji-galat=1";
        public const string Message = "rahasia-internal-tidak-untuk-pengguna";

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Query.ContainsKey("uji-galat") && !context.HttpContext.Request.Path.StartsWithSegments(ErrorPages.Path) ? throw new InvalidOperationException(Message) : next();
    }
}
