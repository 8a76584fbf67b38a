using System.Text.Json;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>Reads an RFC 7807 answer: its status, detail and the message listed for a field.</summary>
public record Problem(int Status, string Title, string Detail, Dictionary<string, string[]> Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = new Dictionary<string, string[]>();
        if (json.TryGetProperty("errors", out var e))
            foreach (var p in e.EnumerateObject())
                errors[p.Name] = p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray();
        return new Problem(json.GetProperty("status").GetInt32(), json.GetProperty("title").GetString() ?? "",
            json.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "", errors);
    }
}
