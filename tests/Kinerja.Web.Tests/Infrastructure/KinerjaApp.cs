using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>
/// The real application on a real database (an SQLite file or a PostgreSQL database), driven over
/// HTTP. Everything Program.cs does on start (schema migrations, demo seed) happens here too.
/// </summary>
public sealed class KinerjaApp(DatabaseProvider provider, string? connectionString, string dataPath, bool seedDemo = true, TimeProvider? time = null)
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Kinerja#2026";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, string> _tokens = [];

    public DatabaseProvider Provider { get; } = provider;
    public string DataPath { get; } = dataPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Kinerja", connectionString ?? "");
        builder.UseSetting("Kinerja:DataPath", DataPath);
        builder.UseSetting("Kinerja:SeedDemo", seedDemo ? "true" : "false");
        builder.UseSetting("Kinerja:DemoPassword", DemoPassword);
        // A test that controls time gives its own clock; everything (Clock, audit, sign-in tokens) reads it.
        if (time is not null) builder.ConfigureTestServices(s => s.AddSingleton(time));
    }

    /// <summary>An API client signed in as <paramref name="user"/> with a bearer token from /api/v1/auth/token.</summary>
    public async Task<HttpClient> ApiAsync(string user, string password = DemoPassword)
    {
        if (!_tokens.TryGetValue(user, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[user] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client (cookies, no auto-redirect) signed in through the login page.</summary>
    public async Task<HttpClient> PagesAsync(string user, string password = DemoPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await Forms.PostAsync(client, "/Akun/Masuk", new() { ["Input.UserName"] = user, ["Input.Password"] = password });
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"login as {user} failed: {(int)response.StatusCode}");
        return client;
    }

    public async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override string ToString() => Provider.ToString();
}
