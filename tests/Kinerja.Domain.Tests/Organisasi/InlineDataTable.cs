using System.Reflection;

namespace Kinerja.Domain.Tests.Organisasi;

/// <summary>
/// Reads the [InlineData] rows of a table-driven test, so a table can be checked for completeness
/// (a new enum value that nobody added to the table makes a test fail instead of going untested).
/// </summary>
internal static class InlineDataTable
{
    public static IReadOnlyList<object?[]> Rows<TTestClass>(string testMethod) =>
        typeof(TTestClass).GetMethod(testMethod)!
            .GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(a => a.GetData(null!))
            .ToList();
}
